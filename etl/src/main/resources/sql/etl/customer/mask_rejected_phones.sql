-- Masks the phone in this run's rejected customer rows: the warehouse file keeps no phone in clear, rejects included.
update etl_reject
set raw_row = json_merge_patch(raw_row, json_object('phone',
        case when raw_row::json->>'phone' is null then null
             else '***' || right(regexp_replace(raw_row::json->>'phone', '[^0-9]', '', 'g'), 4) end))
where run_id = getvariable('run_id')
  and table_name = 'customer'
  and reason_code <> 'malformed_line'
