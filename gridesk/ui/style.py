"""The look: calm, large type, the hall's red as the accent."""

ACCENT = "#C8102E"

STYLE_SHEET = f"""
QWidget {{ font-size: 11pt; }}
QMainWindow, QDialog {{ background: #F7F5F2; }}
QListWidget#nav {{
    background: #8E0C21; color: #FFFFFF; border: none; font-size: 13pt; padding-top: 12px;
    outline: none;
}}
QListWidget#nav::item {{ padding-left: 18px; border-left: 4px solid transparent; }}
QListWidget#nav::item:selected {{ background: {ACCENT}; border-left: 4px solid #FFD66B; color: #FFFFFF; }}
QListWidget#nav::item:hover:!selected {{ background: #A50F27; }}
QLabel#pageTitle {{ font-size: 18pt; font-weight: bold; color: #3A2A2A; padding-bottom: 6px; }}
QLabel#stationTitle {{ font-size: 15pt; font-weight: bold; color: {ACCENT}; }}
QLabel#dialogTitle {{ font-size: 13pt; color: #3A2A2A; }}
QLabel#subtle {{ color: #6B625C; }}
QLabel#errorText {{ color: #B00020; font-weight: bold; }}
QLabel[stale="true"] {{ color: #B00020; }}
QLineEdit, QComboBox, QPlainTextEdit, QSpinBox {{
    background: #FFFFFF; border: 1px solid #CFC7C0; border-radius: 4px; padding: 5px 7px;
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit#searchBox {{ font-size: 13pt; padding: 7px 10px; }}
QPushButton {{
    background: #FFFFFF; border: 1px solid #BDB3AA; border-radius: 5px; padding: 7px 16px;
    min-height: 22px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton#primary, QPushButton:default {{ background: {ACCENT}; color: #FFFFFF; border: none; }}
QPushButton:disabled, QPushButton#primary:disabled, QPushButton:default:disabled {{
    color: #A09890; background: #EEEBE8;
}}
QTableView {{
    background: #FFFFFF; alternate-background-color: #FBF8F5; gridline-color: #EAE4DE;
    selection-background-color: #CFE0F5; selection-color: #000000; border: 1px solid #DDD5CE;
}}
QComboBox QAbstractItemView {{
    background: #FFFFFF; color: #000000; selection-background-color: #CFE0F5;
    selection-color: #000000; outline: none;
}}
QHeaderView::section {{
    background: #EFE9E3; padding: 6px; border: none; border-right: 1px solid #DDD5CE;
    font-weight: bold;
}}
QFrame#tile {{ background: #FFFFFF; border: 1px solid #E5DDD5; border-radius: 8px; padding: 14px; }}
QLabel#tileNumber {{ font-size: 26pt; font-weight: bold; color: {ACCENT}; }}
QLabel#sectionTitle {{ font-size: 13pt; font-weight: bold; color: #3A2A2A; padding-top: 10px; }}
QListWidget#workList {{
    background: #FFFFFF; border: 1px solid #E5DDD5; border-radius: 6px; font-size: 13pt;
    outline: none;
}}
QListWidget#workList::item {{ padding: 10px 14px; border-bottom: 1px solid #EFE9E3; }}
QListWidget#workList::item:selected {{
    background: #FBEDEF; color: #3A2A2A; border-left: 4px solid {ACCENT};
}}
QListWidget#workList::item:hover:!selected {{ background: #FBF8F5; }}
QTabWidget::pane {{ border: 1px solid #DDD5CE; background: #FFFFFF; }}
QTabBar::tab {{ padding: 8px 18px; }}
QTabBar::tab:selected {{ background: #FFFFFF; border-bottom: 3px solid {ACCENT}; }}
QLineEdit#scanBox {{ border: 2px dashed {ACCENT}; padding: 6px 10px; }}
QLabel#scanMessage {{ color: #8E0C21; font-weight: bold; }}
QLabel#messageLine {{ font-size: 13pt; font-weight: bold; color: #1F5E2A; }}
QLabel#messageBanner {{ font-size: 14pt; padding: 10px; }}
QLabel#messageBanner[state="ok"] {{ color: #1E5B2A; background: #E5F3E7; }}
QLabel#messageBanner[state="error"] {{ color: #8E0C21; background: #FBE3E6; }}
QLabel#messageHeadline {{ font-size: 14pt; font-weight: bold; color: #3A2A2A; }}
QLabel#messageHeadline[state="ok"] {{ color: #1B6E3A; }}
QLabel#messageNote[state="warning"], QLabel#messageLine[state="warning"] {{ color: #9E0B22; }}
QLabel#messageLine[state="error"], QLabel#messageHeadline[state="error"] {{ color: #B00020; }}
QStatusBar {{ background: #EFE9E3; }}
QStatusBar QLabel {{ padding: 0 10px; }}
"""
