//! The runtime's single error: "a Python exception is pending". The exception object itself
//! lives in exc.zig's slot (`exc.current`), so error unions stay one word and `try` stays cheap.
pub const Error = error{PyException};
