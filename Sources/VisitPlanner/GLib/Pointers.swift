import CGtk

// GTK hands Swift two kinds of pointers: typed ones for the few public structs (GtkWidget,
// GtkWindow…) and OpaquePointer for the rest. The glue keeps every object as a raw pointer and
// converts at the call site; the return type picks the overload.

/// A GObject pointer as the glue stores it.
typealias GPointer = UnsafeMutableRawPointer

@inline(__always) func c<T>(_ raw: GPointer) -> UnsafeMutablePointer<T> { raw.assumingMemoryBound(to: T.self) }
@inline(__always) func c(_ raw: GPointer) -> OpaquePointer { OpaquePointer(raw) }
@inline(__always) func raw<T>(_ typed: UnsafeMutablePointer<T>) -> GPointer { GPointer(typed) }
@inline(__always) func raw(_ opaque: OpaquePointer) -> GPointer { GPointer(opaque) }

/// A translated string from the `visitplanner` gettext domain.
func L(_ message: String) -> String { String(cString: vp_gettext(message)) }

/// Plural-aware translation; `%d` in the result is replaced by `n`.
func L(_ one: String, _ many: String, _ n: Int) -> String {
    String(cString: vp_ngettext(one, many, UInt(max(n, 0)))).replacingOccurrences(of: "%d", with: String(n))
}
