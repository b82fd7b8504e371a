import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/ingest/delimiter.ts';

describe('detectDelimiter', () => {
  it.each<[string, string, string]>([
    ['comma', 'InvoiceNo,StockCode,Quantity\n536365,85123A,6\n536365,71053,6\n', ','],
    ['semicolon', 'Дата;Клиент;Сумма\n01.02.2021;Иванов;100\n', ';'],
    ['tab', 'date\tcustomer\tamount\n2021-02-01\t1\t5.5\n', '\t'],
    ['pipe', 'date|customer|amount\n2021-02-01|1|5.5\n', '|'],
    ['decimal commas in a ; file', 'a;b\n1,5;2,5\n3,5;4,5\n', ';'],
    ['decimal commas without a header', '1,5;2,5\n3,5;4,5\n', ';'],
    ['decimal commas, uneven', 'Дата;Сумма\n01.02.2021;1 234,56\n02.02.2021;99\n', ';'],
    ['quoted semicolons in a comma file', '"a;b",c\n"d;e",f\n', ','],
    ['quoted commas in a semicolon file', 'name;amount\n"Smith, J";5\n"Doe, A";6\n', ';'],
    ['quoted field over two lines', 'id,note,sum\n1,"two\nlines",5\n2,x,6\n', ','],
    ['a text field with a comma on some lines', 'Товар;Сумма\nЧай, зелёный;100\nКофе;200\nСахар;50\n', ';'],
    ['single column', 'customer\n1\n2\n', ','],
    ['CRLF line breaks', 'a;b;c\r\n1;2;3\r\n4;5;6\r\n', ';'],
    ['a last line cut off by the sample', 'a,b,c\n1,2,3\n4,5,6\n7;8', ','],
    ['blank lines', 'a;b\n\n1;2\n\n3;4\n', ';'],
    ['empty', '', ','],
  ])('%s', (_, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});
