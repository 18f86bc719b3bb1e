// The C side of the PDF plugins: pango (text layout) drawn by cairo into PDF surfaces.
// Only what Swift cannot see directly is wrapped here; everything else is called as is.
#ifndef VISITPLANNER_PANGOCAIRO_SHIM_H
#define VISITPLANNER_PANGOCAIRO_SHIM_H

#include <pango/pangocairo.h>
#include <cairo.h>
#include <cairo-pdf.h>

// PANGO_SCALE is a macro built from a constant expression in some pango versions; a plain value
// keeps Swift from guessing its type.
static inline int vp_pango_scale(void) { return PANGO_SCALE; }

// g_object_unref takes a gpointer; Swift sees pango's objects as OpaquePointer.
static inline void vp_object_unref(void *object) { g_object_unref(object); }

#endif
