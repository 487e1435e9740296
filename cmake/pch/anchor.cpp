// Nothing: the target exists to compile a precompiled header the tests reuse
// (cmake/NetmsgPch.cmake).
