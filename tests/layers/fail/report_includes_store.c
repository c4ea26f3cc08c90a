/* report writers print results; they never read the database. */
#include "store.h"
