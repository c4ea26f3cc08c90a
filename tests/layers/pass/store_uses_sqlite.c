/* the control: the store layer may use SQLite. */
#include <sqlite3.h>

int probe(void);
int probe(void) { return SQLITE_OK; }
