/* no_sqlite.h — forced into every layer but the store (-include, see core/CMakeLists.txt):
 * poisons SQLite's handle types, so that including <sqlite3.h> or using a connection outside
 * core/store/ fails to compile.  Provides nothing.  Uses: nothing. */
#pragma GCC poison sqlite3 sqlite3_stmt sqlite3_value sqlite3_context sqlite3_backup
