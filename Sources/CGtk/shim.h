// The C side of VisitPlanner's GTK glue: what Swift cannot call directly (macros, variadic
// functions, type-check casts) wrapped as static inline functions.
#ifndef VISITPLANNER_SHIM_H
#define VISITPLANNER_SHIM_H

#include <gtk/gtk.h>
#include <glib-unix.h>
#define GETTEXT_PACKAGE "visitplanner"
#include <glib/gi18n-lib.h>
#include <libintl.h>
#include <locale.h>

// --- gettext (the macros _() and N_() are invisible to Swift)
static inline const char *vp_gettext(const char *msgid) { return g_dgettext("visitplanner", msgid); }
static inline const char *vp_ngettext(const char *one, const char *many, unsigned long n) {
    return g_dngettext("visitplanner", one, many, n);
}

// --- signals: g_signal_connect is a macro
static inline gulong vp_signal_connect(gpointer instance, const char *signal, GCallback handler,
                                       gpointer data, GClosureNotify destroy) {
    return g_signal_connect_data(instance, signal, handler, data, destroy, (GConnectFlags)0);
}

// --- casts: Swift sees most GTK pointers as OpaquePointer
static inline GtkWidget *vp_widget(gpointer p) { return GTK_WIDGET(p); }
static inline GtkWindow *vp_window(gpointer p) { return GTK_WINDOW(p); }
static inline GObject *vp_object(gpointer p) { return G_OBJECT(p); }
static inline GtkApplication *vp_application(gpointer p) { return GTK_APPLICATION(p); }
static inline GApplication *vp_gapplication(gpointer p) { return G_APPLICATION(p); }
static inline GtkEditable *vp_editable(gpointer p) { return GTK_EDITABLE(p); }
static inline GtkAccessible *vp_accessible(gpointer p) { return GTK_ACCESSIBLE(p); }
static inline GActionMap *vp_action_map(gpointer p) { return G_ACTION_MAP(p); }
static inline GListModel *vp_list_model(gpointer p) { return G_LIST_MODEL(p); }
static inline gboolean vp_is_widget(gpointer p) { return GTK_IS_WIDGET(p); }

// --- accessibility: gtk_accessible_update_property is variadic
static inline void vp_accessible_set_label(GtkWidget *w, const char *label) {
    gtk_accessible_update_property(GTK_ACCESSIBLE(w), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
static inline void vp_accessible_set_description(GtkWidget *w, const char *text) {
    gtk_accessible_update_property(GTK_ACCESSIBLE(w), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}
static inline void vp_accessible_set_invalid(GtkWidget *w, gboolean invalid) {
    gtk_accessible_update_state(GTK_ACCESSIBLE(w), GTK_ACCESSIBLE_STATE_INVALID,
                                invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
}

// --- GObject property helpers (g_object_set is variadic)
static inline void vp_object_set_string(gpointer object, const char *name, const char *value) {
    g_object_set(object, name, value, NULL);
}
static inline void vp_object_set_bool(gpointer object, const char *name, gboolean value) {
    g_object_set(object, name, value, NULL);
}

// --- dialogs: gtk_message_dialog_new is variadic (printf-style)
static inline GtkWidget *vp_message_dialog_new(GtkWindow *parent, GtkMessageType type,
                                               GtkButtonsType buttons, const char *text) {
    return gtk_message_dialog_new(parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                  type, buttons, "%s", text);
}
static inline void vp_message_dialog_set_secondary(GtkWidget *dialog, const char *text) {
    gtk_message_dialog_format_secondary_text(GTK_MESSAGE_DIALOG(dialog), "%s", text);
}

// --- the libdispatch main queue, which GLib's loop never drains by itself (see MainQueueBridge)
extern int _dispatch_get_main_queue_handle_4CF(void);
extern void _dispatch_main_queue_callback_4CF(void *msg);

#endif
