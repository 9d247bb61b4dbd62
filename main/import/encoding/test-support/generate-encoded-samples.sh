#!/bin/sh
# Writes each prose sample in a legacy encoding, as a plain text file and as a web page that
# declares no charset, with Debian's iconv (glibc's tables). Run from this folder; the output is
# committed so the tests need no iconv.
set -eu
mkdir -p encoded
encode() { # prose-name encoding-label iconv-name
  iconv -f UTF-8 -t "$3" "prose/$1.txt" > "encoded/$1.$2.txt"
  {
    printf '<!DOCTYPE html>\n<html>\n<head>\n<title>'
    head -n 1 "prose/$1.txt"
    printf '</title>\n</head>\n<body>\n<nav><a href="/">Home</a> | <a href="/news">News</a></nav>\n<article>\n'
    awk 'NR == 1 { print "<h1>" $0 "</h1>"; next } NF { print "<p>" $0 "</p>" }' "prose/$1.txt"
    printf '</article>\n<footer>(c) 2026</footer>\n</body>\n</html>\n'
  } | iconv -f UTF-8 -t "$3" > "encoded/$1.$2.html"
}
encode zh-hans gbk GBK
encode zh-hans-gb18030 gb18030 GB18030
encode zh-hant big5 BIG5
encode ja shift_jis CP932
encode ja euc-jp EUC-JP
encode ko euc-kr EUC-KR
encode ru koi8-r KOI8-R
encode ru windows-1251 CP1251
encode el iso-8859-7 ISO-8859-7
encode ar windows-1256 CP1256
encode fr windows-1252 CP1252
encode de windows-1252 CP1252
