fn main() -> std::process::ExitCode {
    securebase::cli::main()
}
