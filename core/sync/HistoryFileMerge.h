#pragma once

#include <optional>
#include <QByteArray>

namespace limber {

// The history file of one device found in both folders when the data moves (this device's
// data was there before, or a copy of it): the lines of both, so that no session is lost.
// Nothing when the target already holds every line of the source and keeps its bytes; the
// source's bytes when the target is a beginning of the source; otherwise the lines only the
// target has, then the source's lines. Lines are compared whole, without their line ends.
std::optional<QByteArray> mergedHistoryFile(const QByteArray &target, const QByteArray &source);

} // namespace limber
