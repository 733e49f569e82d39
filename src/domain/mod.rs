//! Pure types and rules: no I/O, no clock reads (today is always passed in).
