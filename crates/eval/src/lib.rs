//! newsfacts-eval: gold loading, matching and metrics (SPEC §5).
#![deny(missing_docs)]
