-- A line too malformed to read keeps its text, less any phone-like run of 11 digits or more (spaces, '-', '(', ')'
-- and a leading '+' between them): '***' and its last four digits. Dates and times have fewer digits.
update etl_reject
set raw_row = regexp_replace(raw_row,
        '\+?\d(?:[ ()-]*\d){6,}[ ()-]*(\d)[ ()-]*(\d)[ ()-]*(\d)[ ()-]*(\d)', '***\1\2\3\4', 'g')
where run_id = getvariable('run_id')
  and table_name = 'customer'
  and reason_code = 'malformed_line'
