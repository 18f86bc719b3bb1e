/* The baseline for the startup benchmark: a bare GTK4 window of the same size, a unique
   GtkApplication like VisitPlanner (so both pay the D-Bus name registration), which prints
   GLib's monotonic clock (µs) once its first frame is painted and quits. */
#include <gtk/gtk.h>

static void after_paint(GdkFrameClock *clock, gpointer window) {
    g_print("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time());
    g_signal_handlers_disconnect_by_func(clock, after_paint, window);
    gtk_window_destroy(GTK_WINDOW(window));
}

static void activate(GtkApplication *app, gpointer data) {
    GtkWidget *window = gtk_application_window_new(app);
    gtk_window_set_title(GTK_WINDOW(window), "bare");
    gtk_window_set_default_size(GTK_WINDOW(window), 1180, 760);
    gtk_window_present(GTK_WINDOW(window));
    g_signal_connect(gtk_widget_get_frame_clock(window), "after-paint", G_CALLBACK(after_paint), window);
}

int main(int argc, char **argv) {
    GtkApplication *app = gtk_application_new("io.github.visitplanner.BareWindow", G_APPLICATION_DEFAULT_FLAGS);
    g_signal_connect(app, "activate", G_CALLBACK(activate), NULL);
    int status = g_application_run(G_APPLICATION(app), argc, argv);
    g_object_unref(app);
    return status;
}
