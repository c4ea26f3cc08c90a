/* the command line reaches the database through store.h only. */
#include <sqlite3.h>
