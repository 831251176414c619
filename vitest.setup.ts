import fc from 'fast-check'

// Property tests draw a new seed on every local run, so each run explores new cases; a
// failure prints its `seed` and `path` to replay it. CI pins the seed: a landing must not
// depend on the draw (a rare case found there would refuse an unrelated change). Cases found
// by long local runs are kept as `examples` in the test that found them.
if (process.env.CI) fc.configureGlobal({seed: 20_120_320})
