import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Loads a plugin's code: `dlopen` with `RTLD_NOW | RTLD_LOCAL`, then the entry symbol.
///
/// Libraries are never closed: Swift type metadata from a closed library would dangle.
enum PluginLibrary {
    typealias Entry = @convention(c) () -> UnsafeMutableRawPointer?

    /// The plugin object of the library at `url`, or a translated reason.
    static func load(_ url: URL) -> Result<any PlannerPlugin, ExportError> {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return .failure(ExportError(Localization.tr("its library {file} is missing").filled(["file": url.lastPathComponent])))
        }
        guard let handle = dlopen(url.path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? ""
            return .failure(ExportError(Localization.tr("its library cannot be loaded: {reason}").filled(["reason": reason])))
        }
        guard let symbol = dlsym(handle, PluginAPI.entrySymbol) else {
            return .failure(ExportError(Localization.tr("its library has no entry point {symbol}")
                .filled(["symbol": PluginAPI.entrySymbol])))
        }
        let entry = unsafeBitCast(symbol, to: Entry.self)
        guard let raw = entry() else {
            return .failure(ExportError(Localization.tr("its entry point returned nothing")))
        }
        let object = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue()
        guard let plugin = object as? any PlannerPlugin else {
            return .failure(ExportError(Localization.tr("its entry point returned an object that is not a plugin (built against another PlannerCore?)")))
        }
        return .success(plugin)
    }
}
