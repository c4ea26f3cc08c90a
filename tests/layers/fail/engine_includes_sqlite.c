/* the engine reaches the database through store.h only. */
#include <sqlite3.h>
