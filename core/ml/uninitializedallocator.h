#pragma once
// UninitializedAllocator: std::allocator with two changes for big numeric buffers that are
// written in full right after they are sized (the CSV reader's columns):
// - a value-initialising construct() (what std::vector::resize(n) uses) leaves trivially
//   constructible elements uninitialised: no zeroing pass, and the pages are first touched
//   by the thread that fills them;
// - on Linux, a buffer of kLargeBytes or more is mapped directly, 2 MiB aligned, with
//   MADV_HUGEPAGE, so that the kernel may back it with huge pages: a 40 MB column costs a few
//   page faults instead of ten thousand.
// Failure: std::bad_alloc, as std::allocator. Stateless; any thread.
// NumericValues: the storage of a Dataset's numeric column.

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace mlops::ml {

namespace hugepages {
constexpr std::size_t kLargeBytes = std::size_t(2) << 20;
// Linux only (elsewhere unused): a zero-filled mapping of at least `bytes`, and its release.
void *allocate(std::size_t bytes);
void release(void *pointer, std::size_t bytes) noexcept;
}  // namespace hugepages

template <typename T>
class UninitializedAllocator : public std::allocator<T> {
public:
    template <typename U>
    struct rebind {
        using other = UninitializedAllocator<U>;
    };

    UninitializedAllocator() noexcept = default;
    template <typename U>
    UninitializedAllocator(const UninitializedAllocator<U> &) noexcept  // NOLINT(google-explicit-constructor)
    {
    }

    T *allocate(std::size_t n)
    {
#if defined(__linux__)
        if (n >= hugepages::kLargeBytes / sizeof(T)) {
            if (n > std::size_t(-1) / sizeof(T))
                throw std::bad_array_new_length();
            return static_cast<T *>(hugepages::allocate(n * sizeof(T)));
        }
#endif
        return std::allocator<T>::allocate(n);
    }
    void deallocate(T *pointer, std::size_t n) noexcept
    {
#if defined(__linux__)
        if (n >= hugepages::kLargeBytes / sizeof(T)) {
            hugepages::release(pointer, n * sizeof(T));
            return;
        }
#endif
        std::allocator<T>::deallocate(pointer, n);
    }

    template <typename U>
    void construct(U *p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void *>(p)) U;  // default-initialisation: no value for trivial types
    }
    template <typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};

using NumericValues = std::vector<double, UninitializedAllocator<double>>;

}  // namespace mlops::ml
