import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The safety rule for plugin code: a file or folder that another user could replace must not
/// be loaded (it would run with the user's rights and see every participant's data).
enum PluginFilePermissions {
    /// A translated reason when `url` is writable by other users or owned by another user than
    /// the current one or root; nil when it is safe (or does not exist: that is reported apart).
    static func problem(at url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        if info.st_mode & S_IWOTH != 0 {
            return Localization.tr("{path} is writable by other users").filled(["path": url.path])
        }
        if info.st_uid != getuid() && info.st_uid != 0 {
            return Localization.tr("{path} belongs to another user").filled(["path": url.path])
        }
        return nil
    }
}
