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
func L(_ message: String) -> String {
    // gettext returns the very pointer it was given when there is no translation, and that
    // pointer is Swift's temporary copy: never read it back, return the original string.
    message.withCString { source in
        let translated = vp_gettext(source)!
        return translated == source ? message : String(cString: translated)
    }
}

extension String {
    /// Fills `{name}` placeholders of a translated template: `L("Saved to {path}").filling(["path": p])`.
    func filling(_ values: [String: String]) -> String {
        var result = self
        for (key, value) in values { result = result.replacingOccurrences(of: "{" + key + "}", with: value) }
        return result
    }
}

/// Plural-aware translation; `%d` in the result is replaced by `n`.
func L(_ one: String, _ many: String, _ n: Int) -> String {
    let chosen = one.withCString { oneSource in
        many.withCString { manySource in
            let translated = vp_ngettext(oneSource, manySource, UInt(max(n, 0)))!
            if translated == oneSource { return one }
            if translated == manySource { return many }
            return String(cString: translated)
        }
    }
    return chosen.replacingOccurrences(of: "%d", with: String(n))
}
