// The baseline receiver: answers the WinPopup exchange (docs/protocol.md §1) with
// one epoll loop, accepting every called name. Usage: epoll_receiver PORT
// Prints "ready" once listening and "received=N" when terminated.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

static volatile std::sig_atomic_t stop = 0;

int main(int argc, char **argv)
{
    if (argc != 2)
        return std::fprintf(stderr, "usage: %s PORT\n", argv[0]), 64;
    std::signal(SIGTERM, [](int) { stop = 1; });
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(std::atoi(argv[1]));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) ||
        listen(listener, 1024))
        return std::perror("listen"), 1;
    const int poll = epoll_create1(0);
    epoll_event event{EPOLLIN, {}};
    event.data.fd = listener;
    epoll_ctl(poll, EPOLL_CTL_ADD, listener, &event);
    std::printf("ready\n"), std::fflush(stdout);
    std::unordered_map<int, std::string> buffers;
    long received = 0;
    epoll_event events[64];
    while (!stop) {
        const int n = epoll_wait(poll, events, 64, 100);
        for (int e = 0; e < n; ++e) {
            const int fd = events[e].data.fd;
            if (fd == listener) {
                for (int client;
                     (client = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK)) >= 0;) {
                    setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    event.data.fd = client;
                    epoll_ctl(poll, EPOLL_CTL_ADD, client, &event);
                }
                continue;
            }
            char chunk[4096];
            const ssize_t got = read(fd, chunk, sizeof chunk);
            if (got <= 0) {
                buffers.erase(fd), close(fd);
                continue;
            }
            std::string &in = buffers[fd];
            in.append(chunk, size_t(got));
            while (in.size() >= 4) {
                const size_t length = ((in[1] & 1) << 16) | (uint8_t(in[2]) << 8) | uint8_t(in[3]);
                if (in.size() < 4 + length)
                    break;
                std::string reply;
                if (uint8_t(in[0]) == 0x81) {
                    reply = std::string("\x82\0\0\0", 4);
                } else if (in[0] == 0 && length >= 35) {
                    std::string smb = in.substr(4, 32);
                    smb[9] = char(smb[9] | 0x80);
                    const bool start = uint8_t(smb[4]) == 0xD5;
                    received += uint8_t(smb[4]) == 0xD6;
                    smb += start ? std::string("\x01\x07\0\0\0", 5) : std::string(3, '\0');
                    reply = std::string{0, 0, 0, char(smb.size())} + smb;
                }
                in.erase(0, 4 + length);
                if (!reply.empty() && write(fd, reply.data(), reply.size()) < 0)
                    break;
            }
        }
    }
    std::printf("received=%ld\n", received);
    return 0;
}
