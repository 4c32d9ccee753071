#pragma once

#include "model/Catalog.h"
#include "settings/SettingsView.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <memory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace limber::test {

// A settings page over its own settings file, at the size of a small laptop screen.
class SettingsViewTest : public ::testing::Test
{
protected:
    SettingsView &view()
    {
        if (!m_view) {
            m_view = std::make_unique<SettingsView>(settings, Catalog::builtIn());
            m_view->resize(1366, 768);
            m_view->show();
            EXPECT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
        }
        return *m_view;
    }

    // The control with that object name; fails the test when there is none.
    template<typename Control> Control *control(const char *name)
    {
        auto *found = view().findChild<Control *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("limber.ini")), QSettings::IniFormat};
    Settings settings{store};

private:
    std::unique_ptr<SettingsView> m_view;
};

} // namespace limber::test
