// A stand-in for System32\msg.exe in the wts transport tests: records its
// arguments and the bytes it reads from stdin into the file named by
// NETMSG_FAKEMSG_LOG, then succeeds, or prints "Error <n> ..." and exits 1
// when NETMSG_FAKEMSG_ERROR=<n> is set. Built for the GUI subsystem, so that
// Wine starts no console for it; stdin and stdout are the pipes QProcess hands
// over all the same.

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    const char *logPath = std::getenv("NETMSG_FAKEMSG_LOG");
    if (!logPath)
        return 2;
    std::FILE *log = std::fopen(logPath, "wb");
    if (!log)
        return 3;
    for (int i = 1; i < argc; ++i)
        std::fprintf(log, "arg:%s\n", argv[i]);
    std::fprintf(log, "stdin:");
    int c = 0;
    while ((c = std::getchar()) != EOF)
        std::fprintf(log, "%02x", c);
    std::fprintf(log, "\n");
    std::fclose(log);
    if (const char *error = std::getenv("NETMSG_FAKEMSG_ERROR")) {
        std::printf("Error %s sending message to the session\n", error);
        return 1;
    }
    return 0;
}
