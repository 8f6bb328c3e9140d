func.func @deep() {
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
"test.op"() ({
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}) : () -> ()
}
