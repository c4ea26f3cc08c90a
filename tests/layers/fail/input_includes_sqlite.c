/* only the store layer may use SQLite. */
#include <sqlite3.h>
