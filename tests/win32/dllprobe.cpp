// A DLL with nothing in it but one export, for tst_dllsearchpath to plant in
// the working folder and to find beside the test program.
extern "C" __declspec(dllexport) int netmsgDllProbe()
{
    return 42;
}
