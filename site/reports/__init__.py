"""Admin reports and the counts behind them: measures, review dates, needs checking, translation
status, broken links."""
