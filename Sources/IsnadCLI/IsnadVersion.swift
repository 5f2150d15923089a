/// The version of Isnad this binary was built from.
public enum IsnadVersion {
    /// The semantic version, as `isnad --version` prints it.
    public static let current = "0.1.0"
}
