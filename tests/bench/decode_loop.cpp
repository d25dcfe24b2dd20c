// The decode limit of the analysis benchmark: a plain libsndfile read loop over the
// files, one after the other on one thread, in blocks of 4096 frames as the analyser
// reads them, and nothing else (one sample per block goes into a checksum so that the
// reads cannot be optimised away; summing every sample would add its own cost).
//
//   prepmark_decode_loop FILE...
//
// Prints "<frames> frames in <seconds> s" and exits 1 if a file cannot be read.

#include <sndfile.h>

#include <chrono>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    long long frames = 0;
    double checksum = 0.0;
    std::vector<float> buffer;
    for (int i = 1; i < argc; ++i) {
        SF_INFO info {};
        SNDFILE *file = sf_open(argv[i], SFM_READ, &info);
        if (!file) {
            std::fprintf(stderr, "%s: %s\n", argv[i], sf_strerror(nullptr));
            return 1;
        }
        constexpr sf_count_t kBlock = 4096;
        buffer.resize(size_t(kBlock * info.channels));
        sf_count_t read = 0;
        while ((read = sf_readf_float(file, buffer.data(), kBlock)) > 0) {
            frames += read;
            checksum += buffer[0];
        }
        sf_close(file);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%lld frames in %.3f s (checksum %g)\n", frames, seconds, checksum);
    return 0;
}
