// SPDX-License-Identifier: MIT
// Loads GDAL on first use; see GdalHandles.h for why the programs do not link it.
#include "maps/GdalHandles.h"

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

namespace cs::gdal {

namespace {

[[noreturn]] void fail(const char *what, const char *detail)
{
    std::fprintf(stderr, "clusterscope: %s (%s); install GDAL %s\n", what, detail ? detail : "", CS_GDAL_LIBRARY);
    std::exit(4);
}

void *library()
{
    static void *const handle = [] {
        void *h = dlopen(CS_GDAL_LIBRARY, RTLD_NOW | RTLD_GLOBAL);
        if (!h)
            fail("cannot load GDAL", dlerror());
        return h;
    }();
    return handle;
}

} // namespace

void *symbol(const char *name)
{
    void *address = dlsym(library(), name);
    if (!address)
        fail("this GDAL lacks a function ClusterScope needs", name);
    return address;
}

bool isLoaded()
{
    void *h = dlopen(CS_GDAL_LIBRARY, RTLD_NOW | RTLD_NOLOAD);
    if (h)
        dlclose(h);
    return h != nullptr;
}

} // namespace cs::gdal
