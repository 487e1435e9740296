// The baseline sender: the WinPopup exchange (docs/protocol.md §1) over plain
// blocking POSIX sockets, one connection per message, THREADS at once.
// Usage: plain_sender HOST PORT COUNT THREADS   Prints "sent=N failed=F seconds=S".
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

static std::string nbName(const char *name, char suffix) // 0x20, 32 letters, 0x00
{
    std::string raw(name);
    raw.resize(15, ' ');
    raw += suffix;
    std::string out(1, '\x20');
    for (unsigned char c : raw)
        out += char('A' + (c >> 4)), out += char('A' + (c & 15));
    return out + '\0';
}

static std::string frame(char type, const std::string &payload)
{
    const size_t n = payload.size();
    return std::string{type, char(n >> 16), char(n >> 8), char(n)} + payload;
}

static std::string smb(unsigned char command, const std::string &wordsAndBytes)
{
    std::string header(32, '\0');
    header[0] = '\xFF', header[1] = 'S', header[2] = 'M', header[3] = 'B',
    header[4] = char(command);
    return frame(0, header + wordsAndBytes);
}

// Sends `request`, reads one NBSS packet back; false unless it is what we expect.
static bool exchange(int fd, const std::string &request, std::string &reply)
{
    if (write(fd, request.data(), request.size()) != ssize_t(request.size()))
        return false;
    unsigned char header[4];
    if (recv(fd, header, 4, MSG_WAITALL) != 4)
        return false;
    reply.assign(((header[1] & 1) << 16) | (header[2] << 8) | header[3], '\0');
    if (!reply.empty() && recv(fd, &reply[0], reply.size(), MSG_WAITALL) != ssize_t(reply.size()))
        return false;
    return header[0] == 0x82 || (header[0] == 0 && reply.size() >= 35 && reply[5] == 0);
}

static bool sendOne(const sockaddr_in &peer, const std::string &session, const std::string &text)
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    std::string reply;
    bool ok = connect(fd, reinterpret_cast<const sockaddr *>(&peer), sizeof peer) == 0 &&
              exchange(fd, session, reply) &&
              exchange(fd,
                       smb(0xD5, std::string("\0\x0c\0\x04"
                                             "BENCH\0\x04"
                                             "OPS\0",
                                             15)),
                       reply);
    const std::string group =
        reply.size() >= 35 && reply[32] ? reply.substr(33, 2) : std::string(2, '\0');
    const size_t n = text.size();
    ok = ok &&
         exchange(fd,
                  smb(0xD7, "\x01" + group + char(n + 3) + '\0' + '\x01' + char(n) + '\0' + text),
                  reply) &&
         exchange(fd, smb(0xD6, "\x01" + group + std::string(2, '\0')), reply);
    close(fd);
    return ok;
}

int main(int argc, char **argv)
{
    if (argc != 5)
        return std::fprintf(stderr, "usage: %s HOST PORT COUNT THREADS\n", argv[0]), 64;
    sockaddr_in peer{};
    peer.sin_family = AF_INET;
    peer.sin_port = htons(std::atoi(argv[2]));
    inet_pton(AF_INET, argv[1], &peer.sin_addr);
    const int count = std::atoi(argv[3]);
    const std::string session = frame('\x81', nbName("OPS", 3) + nbName("BENCH", 0));
    std::atomic<int> next{0}, failed{0};
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int t = 0; t < std::atoi(argv[4]); ++t)
        threads.emplace_back([&] {
            for (int i; (i = next++) < count;)
                if (!sendOne(peer, session, "Benchmark message " + std::to_string(i)))
                    ++failed;
        });
    for (auto &thread : threads)
        thread.join();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("sent=%d failed=%d seconds=%.4f\n", count - failed, int(failed), seconds);
    return failed ? 1 : 0;
}
