#include "officeroutes.h"
