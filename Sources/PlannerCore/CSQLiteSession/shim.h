// SQLite's session extension (changesets) from the system library: Debian's libsqlite3 is built
// with it, but <sqlite3.h> declares it only when these macros are set. The undo history records
// each edit as a changeset and takes it back with sqlite3changeset_invert/apply.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>
