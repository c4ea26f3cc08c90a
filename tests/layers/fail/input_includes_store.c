/* input (CSV, dates, facts) never sees the database. */
#include "store.h"
