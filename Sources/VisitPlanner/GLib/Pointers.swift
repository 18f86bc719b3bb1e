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
