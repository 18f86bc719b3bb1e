/// A failure of the CLI itself (not of the store), reported as one line with status 1.
struct CLIFailure: Error {
    /// Already translated.
    let message: String
}
