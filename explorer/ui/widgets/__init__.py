"""Small pieces shared by the features: plain text, dates, the flag stripe, flow layout and the
background-task helper.
"""
