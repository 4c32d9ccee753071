# Runs the real limber executable the way scripts do, without a display, and checks exit codes
# and output. Invoked by ctest with -DLIMBER=<executable> -DDATA=<tests/data>.

function(run_limber out_var err_var code_var)
    execute_process(COMMAND ${LIMBER} ${ARGN}
        OUTPUT_VARIABLE output ERROR_VARIABLE error RESULT_VARIABLE code
        TIMEOUT 20)
    set(${out_var} "${output}" PARENT_SCOPE)
    set(${err_var} "${error}" PARENT_SCOPE)
    set(${code_var} "${code}" PARENT_SCOPE)
endfunction()

function(expect condition message)
    if(NOT ${condition})
        message(FATAL_ERROR "${message}")
    endif()
endfunction()

# No display is needed for any of these.
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
set(ENV{QT_QPA_PLATFORM} "")

run_limber(out err code --version)
expect("code EQUAL 0" "--version exited ${code}: ${err}")
expect("out MATCHES \"^limber [0-9]+\\\\.[0-9]+\\\\.[0-9]+\"" "--version printed: ${out}")

run_limber(out err code --help)
expect("code EQUAL 0" "--help exited ${code}")
expect("out MATCHES \"--print-timeline\"" "--help does not list --print-timeline: ${out}")

run_limber(out err code --list-stretches)
expect("code EQUAL 0" "--list-stretches exited ${code}: ${err}")
expect("out MATCHES \"\nseated-spinal-twist\t\"" "--list-stretches lacks the seated twist")

run_limber(out err code --print-timeline)
expect("code EQUAL 0" "--print-timeline exited ${code}: ${err}")
expect("out MATCHES \"^start_ms\tduration_ms\tkind\tstretch\tside\n\"" "bad header: ${out}")
expect("out MATCHES \"\ntotal\t[0-9]+\n$\"" "no total line: ${out}")

run_limber(out err code --print-timeline back-and-hips)
expect("code EQUAL 0" "--print-timeline back-and-hips exited ${code}: ${err}")

file(GLOB valid_files "${DATA}/valid/*")
foreach(file IN LISTS valid_files)
    run_limber(out err code --validate ${file})
    expect("code EQUAL 0" "--validate ${file} exited ${code}: ${err}")
endforeach()

file(GLOB invalid_files "${DATA}/invalid/*")
list(LENGTH invalid_files invalid_count)
expect("invalid_count GREATER 5" "the malformed corpus is missing")
foreach(file IN LISTS invalid_files)
    run_limber(out err code --validate ${file})
    expect("code EQUAL 2" "--validate ${file} exited ${code} (expected 2): ${err}")
    string(FIND "${err}" "${file}: " at)
    expect("at EQUAL 0" "--validate ${file}: message does not start with the file name: ${err}")
endforeach()

run_limber(out err code --validate /nonexistent/routine.json)
expect("code EQUAL 2" "missing file exited ${code}")

run_limber(out err code --no-such-option)
expect("code EQUAL 2" "unknown option exited ${code}")
