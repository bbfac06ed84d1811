module example.com/app

go 1.22

require golang.org/x/text v0.3.7

require (
	github.com/gin-gonic/gin v1.9.1
	golang.org/x/net v0.17.0 // indirect
	example.com/local v0.0.0
)

replace example.com/local => ../local
