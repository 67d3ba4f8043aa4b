#include "uninitializedallocator.h"

#if defined(__linux__)
#include <sys/mman.h>

#include <cstdint>
#endif

namespace mlops::ml::hugepages {

#if defined(__linux__)

namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;

std::size_t rounded(std::size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }

}  // namespace

void *allocate(std::size_t bytes)
{
    const std::size_t length = rounded(bytes);
    // One huge page more than needed, then the unaligned head and the tail are given back.
    void *mapped = ::mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        throw std::bad_alloc();
    const auto begin = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t aligned = (begin + kHugePage - 1) & ~std::uintptr_t(kHugePage - 1);
    if (aligned > begin)
        ::munmap(mapped, aligned - begin);
    const std::uintptr_t end = begin + length + kHugePage;
    if (end > aligned + length)
        ::munmap(reinterpret_cast<void *>(aligned + length), end - (aligned + length));
    ::madvise(reinterpret_cast<void *>(aligned), length, MADV_HUGEPAGE);  // a hint: no huge pages is fine too
    return reinterpret_cast<void *>(aligned);
}

void release(void *pointer, std::size_t bytes) noexcept { ::munmap(pointer, rounded(bytes)); }

#else

void *allocate(std::size_t bytes) { return ::operator new(bytes); }
void release(void *pointer, std::size_t) noexcept { ::operator delete(pointer); }

#endif

}  // namespace mlops::ml::hugepages
