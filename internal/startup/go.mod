module early.screenshot-algo.io/startup

go 1.26.0
