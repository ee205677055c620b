// SPDX-License-Identifier: MIT
// Loads GDAL on first use; see GdalHandles.h for why the programs do not link it.
#include "maps/GdalHandles.h"

#include <dlfcn.h>

#include <mutex>
#include <string>

namespace cs::gdal {

namespace {

[[noreturn]] void fail(const char *what, const char *detail)
{
    throw Unavailable(std::string(what) + " (" + (detail ? detail : "") + "); install GDAL " + CS_GDAL_LIBRARY);
}

void *library()
{
    // Not cached while it fails, so every attempt reports the reason again.
    static void *handle = nullptr;
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (!handle) {
        handle = dlopen(CS_GDAL_LIBRARY, RTLD_NOW | RTLD_GLOBAL);
        if (!handle)
            fail("cannot load GDAL", dlerror());
    }
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
