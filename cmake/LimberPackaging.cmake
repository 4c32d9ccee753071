# The Debian package: what `cmake --install` puts under the prefix, installed to /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME limber)
set(CPACK_PACKAGE_VENDOR "The Limber developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_STRIP_FILES ON)
# The project's homepage is a placeholder until there is one; a package should not link to it.
set(CPACK_PACKAGE_HOMEPAGE_URL "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Limber developers <limber@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# CPack puts the summary on dpkg's first description line, this text under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Limber plays timed stretching routines for lower back and hip pain: it counts
down each hold, cues side switches and rests with sounds and a voice, and shows
an illustrated library of every stretch with steps and cautions.")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The Qt libraries the binary and Limber's own libraries link come from dpkg-shlibdeps (it
# follows their $ORIGIN run paths). It cannot see the plugins Qt loads at run time: the X11
# platform. (The window icon is PNG, so no SVG icon engine; the audio backends are inside
# libqt6multimedia6 on Debian 12, which shlibdeps finds.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Voice cues need a speech engine (without one Limber says so and carries on); without
# qt6-wayland, Wayland sessions run Limber through XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-speech-speechd-plugin, speech-dispatcher, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-speech-flite-plugin")

include(CPack)
