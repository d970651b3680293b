// Round-trips example records through the quicktype-generated Go types: each record is
// unmarshalled into its struct and marshalled back. Usage: roundtrip SOURCE TARGET (prints the count).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type marshaler interface{ Marshal() ([]byte, error) }

func roundTrip(raw []byte) ([]byte, error) {
	var peek struct {
		RecordType string `json:"recordType"`
	}
	if err := json.Unmarshal(raw, &peek); err != nil {
		return nil, err
	}
	var m marshaler
	var err error
	switch peek.RecordType {
	case "person":
		v, e := UnmarshalPerson(raw)
		m, err = &v, e
	case "enrolment":
		v, e := UnmarshalEnrolment(raw)
		m, err = &v, e
	case "transfer":
		v, e := UnmarshalTransfer(raw)
		m, err = &v, e
	case "assistance":
		v, e := UnmarshalAssistance(raw)
		m, err = &v, e
	case "header":
		v, e := UnmarshalJSONLinesHeader(raw)
		m, err = &v, e
	default:
		return nil, fmt.Errorf("unknown recordType %q", peek.RecordType)
	}
	if err != nil {
		return nil, err
	}
	return m.Marshal()
}

func main() {
	src, dst := os.Args[1], os.Args[2]
	data, err := os.ReadFile(src)
	if err != nil {
		panic(err)
	}
	var out bytes.Buffer
	count := 0
	if strings.HasSuffix(src, ".jsonl") {
		scanner := bufio.NewScanner(bytes.NewReader(data))
		scanner.Buffer(make([]byte, 1<<20), 1<<26)
		for scanner.Scan() {
			line := bytes.TrimSpace(scanner.Bytes())
			if len(line) == 0 {
				continue
			}
			b, err := roundTrip(line)
			if err != nil {
				panic(err)
			}
			out.Write(b)
			out.WriteByte('\n')
			count++
		}
	} else {
		var pkg map[string]json.RawMessage
		if err := json.Unmarshal(data, &pkg); err != nil {
			panic(err)
		}
		var records []json.RawMessage
		if err := json.Unmarshal(pkg["records"], &records); err != nil {
			panic(err)
		}
		for i, r := range records {
			b, err := roundTrip(r)
			if err != nil {
				panic(err)
			}
			records[i] = b
			count++
		}
		pkg["records"], _ = json.Marshal(records)
		b, _ := json.Marshal(pkg)
		out.Write(b)
	}
	if err := os.WriteFile(dst, out.Bytes(), 0o644); err != nil {
		panic(err)
	}
	fmt.Println(count)
}
