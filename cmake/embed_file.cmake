# Writes OUT: a C file holding the bytes of IN as `const char NAME[]` (NUL-ended) and its length
# as `const size_t NAME_len`. Run at build time (cmake -P) so editing IN rebuilds what embeds it.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR len "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n    " bytes "${bytes}")
get_filename_component(from "${IN}" NAME)
set(body "/* Generated from ${from} by cmake/embed_file.cmake. Do not edit. */\n#include <stddef.h>\n\n")
string(APPEND body "extern const char ${NAME}[];\nextern const size_t ${NAME}_len;\n")
string(APPEND body "const char ${NAME}[] = {\n    ${bytes}0x00};\nconst size_t ${NAME}_len = ${len};\n")
file(WRITE "${OUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
