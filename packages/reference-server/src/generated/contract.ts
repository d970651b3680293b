// Generated from schemas/openapi/czt-exchange.yaml and the record schemas it refers to. Do not edit.
// Run: npm run generate -w @czt/reference-server

/** The exchange contract, bundled: every schema embedded under components/schemas, every $ref local. */
export const contract: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "CZT-SS exchange API",
    "version": "1.0.0",
    "summary": "Day-to-day exchange of social security records between the agencies of Changsha, Zhuzhou and Xiangtan.",
    "description": "The exchange API of the CZT-SS standard. Record bodies are the records of the\nstandard itself (`schemas/*.schema.json`), referenced here, never copied.\n\nConventions (see docs/api.md):\n- every `POST` that writes carries an `Idempotency-Key`; a repeat with the same body replays\n  the first response, a repeat with another body is a 422;\n- transitions and reviews carry `If-Match` with the `ETag` of the last read; a stale tag is a 412,\n  a missing one a 428; an invalid transition is a 409;\n- errors are RFC 9457 `application/problem+json` carrying the validator's rule ids and JSON pointers;\n- lists use cursor pagination (`limit`, `cursor` → `nextCursor`);\n- bodies are UTF-8 JSON read as `czt validate` reads a record (invalid UTF-8, duplicate member\n  names, the reserved names, nesting over 64 levels: 400 with the byte offset); another media\n  type or charset is a 415;\n- any operation may answer, as problem+json: 408 (the request did not arrive within 60 s),\n  414 (a request target over 4096 bytes or a path segment over 128 characters), 431 (headers\n  over 16 KiB) and 503 with `Retry-After` (shutting down, or the validation queue is full);\n- bearer tokens are issued per agency; an agency writes only its own city's and department's\n  records, under ids beginning with its city code and its own agency; reads of personal data,\n  and of the fields marked `x-czt-sensitivity` in any record, need the `read:personal` scope.\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    },
    "contact": {
      "name": "CZT-SS maintainers",
      "url": "https://czt-ss.org"
    }
  },
  "servers": [
    {
      "url": "/",
      "description": "Relative to the address this document was fetched from. A running server (the sandbox started by `czt serve` included) serves its own copy at /openapi.json with the absolute URL it answers on."
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "agency",
      "description": "The agency behind the token."
    },
    {
      "name": "persons",
      "description": "Insured persons and beneficiaries."
    },
    {
      "name": "enrolments",
      "description": "Enrolments in the social insurance schemes (参保登记)."
    },
    {
      "name": "transfers",
      "description": "Transfers and linking between cities and schemes (转移接续), as a state machine."
    },
    {
      "name": "assistance",
      "description": "Social assistance, welfare, mutual aid and special care cases."
    },
    {
      "name": "validation",
      "description": "Batch validation of JSON Lines exports with the CZT-SS validator."
    }
  ],
  "paths": {
    "/v1/me": {
      "get": {
        "operationId": "getCurrentAgency",
        "tags": [
          "agency"
        ],
        "summary": "The agency and scopes of the bearer token",
        "responses": {
          "200": {
            "description": "The token's agency and scopes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenInfo"
                },
                "examples": {
                  "changsha": {
                    "$ref": "#/components/examples/TokenInfo"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "431": {
            "$ref": "#/components/responses/RequestHeaderFieldsTooLarge"
          }
        }
      }
    },
    "/v1/persons": {
      "post": {
        "operationId": "createPerson",
        "tags": [
          "persons"
        ],
        "summary": "Create a person",
        "security": [
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/person"
              },
              "examples": {
                "person": {
                  "$ref": "#/components/examples/Person"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/PersonCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          }
        }
      },
      "get": {
        "operationId": "searchPersons",
        "tags": [
          "persons"
        ],
        "summary": "Search persons by identity number",
        "description": "Exact match on the normalised identity number (GB 11643). Personal data; needs `read:personal`.",
        "security": [
          {
            "bearerAuth": [
              "read:personal"
            ]
          }
        ],
        "parameters": [
          {
            "name": "idNumber",
            "in": "query",
            "required": true,
            "description": "The 18-character identity number (lower-case `x` is accepted).",
            "schema": {
              "$ref": "#/components/schemas/common.idNumber"
            },
            "example": "430102199003071234"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "The matching persons (at most one for a valid number).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PersonPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/v1/persons/{personId}": {
      "get": {
        "operationId": "getPerson",
        "tags": [
          "persons"
        ],
        "summary": "Read a person",
        "security": [
          {
            "bearerAuth": [
              "read:personal"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Person"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/enrolments": {
      "post": {
        "operationId": "createEnrolment",
        "tags": [
          "enrolments"
        ],
        "summary": "Create an enrolment",
        "description": "The enrolment's `city` and `agency.department` must be the token's; `personId` must name a stored person.",
        "security": [
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/enrolment"
              },
              "examples": {
                "enrolment": {
                  "$ref": "#/components/examples/Enrolment"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/EnrolmentCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          }
        }
      },
      "get": {
        "operationId": "listEnrolments",
        "tags": [
          "enrolments"
        ],
        "summary": "List enrolments by person, scheme and active date",
        "description": "Without `read:personal`, the fields marked `x-czt-sensitivity` (`monthlyContributionBase`, `contributions[].monthlyBase`) are left out of each item.",
        "security": [
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "parameters": [
          {
            "name": "personId",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/common.recordId"
            }
          },
          {
            "name": "scheme",
            "in": "query",
            "description": "An insurance scheme code (code list `insuranceScheme`).",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            },
            "example": "medical.resident"
          },
          {
            "name": "activeOn",
            "in": "query",
            "description": "Only enrolments whose period contains this date.",
            "schema": {
              "type": "string",
              "format": "date"
            },
            "example": "2026-01-01"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of enrolments, ordered by id.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EnrolmentPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/v1/enrolments/{enrolmentId}": {
      "get": {
        "operationId": "getEnrolment",
        "tags": [
          "enrolments"
        ],
        "summary": "Read an enrolment",
        "description": "Without `read:personal`, the fields marked `x-czt-sensitivity` (the contribution bases) are left out; the response varies by `Authorization`.",
        "security": [
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/EnrolmentId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Enrolment"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/duplicate-checks": {
      "post": {
        "operationId": "checkDuplicateEnrolment",
        "tags": [
          "enrolments"
        ],
        "summary": "Is this person enrolled in this insurance family anywhere?",
        "description": "Looks across the three cities for enrolments of the person (by `personId` or by identity\nnumber) in the schemes of one insurance family, optionally active on a date. A query, not a\nwrite: posted so that identity numbers never travel in URLs. Personal data; needs `read:personal`.\n",
        "security": [
          {
            "bearerAuth": [
              "read:personal"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DuplicateCheckRequest"
              },
              "examples": {
                "byIdNumber": {
                  "$ref": "#/components/examples/DuplicateCheckRequest"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The enrolments found (possibly none).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DuplicateCheckResult"
                },
                "examples": {
                  "enrolledInZhuzhou": {
                    "$ref": "#/components/examples/DuplicateCheckResult"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          }
        }
      }
    },
    "/v1/transfers": {
      "post": {
        "operationId": "requestTransfer",
        "tags": [
          "transfers"
        ],
        "summary": "Request a transfer",
        "description": "Filed by the receiving agency (`to.city` and `to.agency.department` must be the token's).\nThe record's `status` must be `requested` with a single `requested` step, dated no later\nthan the server's time plus 5 minutes (`api.step-time`). `from.enrolmentId` and\n`to.enrolmentId`, when given, must be enrolments of the transfer's person (the same record\nor one with the same identity number) in `from.city` and `to.city` (`api.transfer-target`, 422).\n",
        "security": [
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/transfer"
              },
              "examples": {
                "pension": {
                  "$ref": "#/components/examples/Transfer"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/TransferCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          }
        }
      },
      "get": {
        "operationId": "listTransfers",
        "tags": [
          "transfers"
        ],
        "summary": "List transfers by person and status",
        "description": "Without `read:personal`, the fields marked `x-czt-sensitivity` (`individualAccountBalance`, `contributions[].monthlyBase`) are left out of each item.",
        "security": [
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "parameters": [
          {
            "name": "personId",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/common.recordId"
            }
          },
          {
            "name": "status",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/common.transferStatus"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of transfers, ordered by id.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TransferPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/v1/transfers/{transferId}": {
      "get": {
        "operationId": "getTransfer",
        "tags": [
          "transfers"
        ],
        "summary": "Read a transfer (with its ETag)",
        "description": "Without `read:personal`, the fields marked `x-czt-sensitivity` (the account balance, the contribution bases) are left out; the response varies by `Authorization`.",
        "security": [
          {
            "bearerAuth": [
              "read"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/TransferId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Transfer"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/transfers/{transferId}/issue-contact-letter": {
      "post": {
        "operationId": "issueContactLetter",
        "tags": [
          "transfers"
        ],
        "summary": "requested → letterIssued (receiving agency)",
        "security": [
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/TransferId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/Transition"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Transfer"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/InvalidTransition"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          }
        }
      }
    },
    "/v1/transfers/{transferId}/record-funds-transferred": {
      "post": {
        "operationId": "recordFundsTransferred",
        "tags": [
          "transfers"
        ],
        "summary": "letterIssued → fundsTransferred (sending agency)",
        "security": [
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/TransferId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/Transition"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Transfer"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/InvalidTransition"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          }
        }
      }
    },
    "/v1/transfers/{transferId}/complete": {
      "post": {
        "operationId": "completeTransfer",
        "tags": [
          "transfers"
        ],
        "summary": "fundsTransferred → completed (receiving agency; names the new enrolment)",
        "security": [
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/TransferId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/Transition"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Transfer"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/InvalidTransition"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          }
        }
      }
    },
    "/v1/transfers/{transferId}/reject": {
      "post": {
        "operationId": "rejectTransfer",
        "tags": [
          "transfers"
        ],
        "summary": "requested | letterIssued → rejected (either agency, with a reason code)",
        "security": [
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/TransferId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/Transition"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Transfer"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/InvalidTransition"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          }
        }
      }
    },
    "/v1/transfers/{transferId}/cancel": {
      "post": {
        "operationId": "cancelTransfer",
        "tags": [
          "transfers"
        ],
        "summary": "requested | letterIssued → cancelled (receiving agency)",
        "security": [
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/TransferId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/Transition"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Transfer"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/InvalidTransition"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          }
        }
      }
    },
    "/v1/assistance-cases": {
      "post": {
        "operationId": "createAssistanceCase",
        "tags": [
          "assistance"
        ],
        "summary": "Create an assistance case",
        "security": [
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/assistance"
              },
              "examples": {
                "dibao": {
                  "$ref": "#/components/examples/AssistanceCase"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "$ref": "#/components/responses/AssistanceCaseCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          }
        }
      },
      "get": {
        "operationId": "listAssistanceCases",
        "tags": [
          "assistance"
        ],
        "summary": "List assistance cases by person, programme and status",
        "description": "Cases carry special-category data (income); needs `read:personal`.",
        "security": [
          {
            "bearerAuth": [
              "read:personal"
            ]
          }
        ],
        "parameters": [
          {
            "name": "personId",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/common.recordId"
            }
          },
          {
            "name": "programme",
            "in": "query",
            "description": "An assistance programme code (code list `assistanceProgramme`).",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            },
            "example": "dibao.urban"
          },
          {
            "name": "caseStatus",
            "in": "query",
            "description": "A case status code (code list `caseStatus`).",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 32
            },
            "example": "active"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of cases, ordered by id.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AssistanceCasePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/v1/assistance-cases/{caseId}": {
      "get": {
        "operationId": "getAssistanceCase",
        "tags": [
          "assistance"
        ],
        "summary": "Read an assistance case (with its ETag)",
        "security": [
          {
            "bearerAuth": [
              "read:personal"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/CaseId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/AssistanceCase"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/v1/assistance-cases/{caseId}/reviews": {
      "post": {
        "operationId": "reviewAssistanceCase",
        "tags": [
          "assistance"
        ],
        "summary": "Record a periodic review of a case",
        "description": "Sets `lastReviewDate` and `nextReviewDate` and applies the outcome. Only the case's own agency.",
        "security": [
          {
            "bearerAuth": [
              "write"
            ]
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/CaseId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Review"
              },
              "examples": {
                "continued": {
                  "$ref": "#/components/examples/Review"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/AssistanceCase"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/InvalidTransition"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          }
        }
      }
    },
    "/v1/validations": {
      "post": {
        "operationId": "validateExport",
        "tags": [
          "validation"
        ],
        "summary": "Validate a JSON Lines export and return the validator's JSON report",
        "description": "Runs the CZT-SS validator (the same rules as `czt validate`) over the uploaded export,\none record per line with an optional header line. Nothing is stored, not even under an\n`Idempotency-Key`: a validation changes nothing, so a repeat simply runs again. The report\nhas the shape of `report.schema.json`; the `summary.invalid` count says whether the export\npassed. The summary counts every finding; `findings` lists at most the first 1000 (fewer\nlisted than `errors + warnings + infos` means the list was cut). Validations run beside the\nother requests, a few at a time; when the queue is full the answer is 503 with `Retry-After`.\n",
        "security": [
          {
            "bearerAuth": [
              "validate"
            ]
          }
        ],
        "parameters": [
          {
            "name": "Idempotency-Key",
            "in": "header",
            "required": false,
            "description": "Accepted for uniformity with the other POSTs, but not needed and not kept.",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-ndjson": {
              "schema": {
                "type": "string",
                "description": "JSON Lines, in the declared charset (`utf-8` or `gb18030`; another is a 415); without\none, detected from the bytes as `czt validate` does.\n"
              },
              "example": "{\"recordType\":\"header\",\"schemaVersion\":\"1.0\",\"publisher\":{\"creditCode\":\"12430000444876548X\",\"division\":\"430100\",\"department\":\"hrss\"},\"city\":\"430100\",\"created\":\"2026-01-15T09:30:00+08:00\"}\n"
            }
          }
        },
        "responses": {
          "200": {
            "description": "The validation report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/report"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "One token per agency. Scopes: `read` (enrolments, transfers, without the fields marked\n`x-czt-sensitivity` such as wages and account balances), `read:personal` (persons,\nassistance cases, duplicate checks, and the fields marked `x-czt-sensitivity` in every\nrecord), `write` (create and transition the records of the token's own city and\ndepartment), `validate` (batch validation).\n"
      }
    },
    "parameters": {
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": true,
        "description": "A unique key per logical request (a UUID is fine), kept 24 hours per agency. Same key and\nsame body: the first response is replayed (`Idempotent-Replayed: true`). Same key and another\nbody: 422.\n",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "example": "5f0c3a52-2b3e-4b7e-9f7a-1d2c3b4a5e6f"
      },
      "IfMatch": {
        "name": "If-Match",
        "in": "header",
        "required": true,
        "description": "The `ETag` of the record as last read. Missing → 428; stale → 412.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128
        },
        "example": "\"3\""
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "description": "Page size.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "description": "The `nextCursor` of the previous page; opaque, signed by the server that issued it (a cursor\nthe client made or changed is a 400).\n",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 512
        }
      },
      "PersonId": {
        "name": "personId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/common.recordId"
        },
        "example": "430100-P-000123"
      },
      "EnrolmentId": {
        "name": "enrolmentId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/common.recordId"
        },
        "example": "430100-E-000456"
      },
      "TransferId": {
        "name": "transferId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/common.recordId"
        },
        "example": "430200-T-000789"
      },
      "CaseId": {
        "name": "caseId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/common.recordId"
        },
        "example": "430300-A-000321"
      }
    },
    "headers": {
      "ETag": {
        "description": "The version of the record; send it back in `If-Match`.",
        "schema": {
          "type": "string"
        },
        "example": "\"1\""
      },
      "Location": {
        "description": "The URL of the created record.",
        "schema": {
          "type": "string"
        },
        "example": "/v1/persons/430100-P-000123"
      }
    },
    "requestBodies": {
      "Transition": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Transition"
            },
            "examples": {
              "letter": {
                "$ref": "#/components/examples/Transition"
              }
            }
          }
        }
      }
    },
    "responses": {
      "Person": {
        "description": "The person.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/person"
            },
            "examples": {
              "person": {
                "$ref": "#/components/examples/Person"
              }
            }
          }
        }
      },
      "PersonCreated": {
        "description": "Created.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          },
          "Location": {
            "$ref": "#/components/headers/Location"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/person"
            }
          }
        }
      },
      "Enrolment": {
        "description": "The enrolment.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/enrolment"
            },
            "examples": {
              "enrolment": {
                "$ref": "#/components/examples/Enrolment"
              }
            }
          }
        }
      },
      "EnrolmentCreated": {
        "description": "Created.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          },
          "Location": {
            "$ref": "#/components/headers/Location"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/enrolment"
            }
          }
        }
      },
      "Transfer": {
        "description": "The transfer.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/transfer"
            },
            "examples": {
              "pension": {
                "$ref": "#/components/examples/Transfer"
              }
            }
          }
        }
      },
      "TransferCreated": {
        "description": "Created, in status `requested`.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          },
          "Location": {
            "$ref": "#/components/headers/Location"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/transfer"
            }
          }
        }
      },
      "AssistanceCase": {
        "description": "The assistance case.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/assistance"
            },
            "examples": {
              "dibao": {
                "$ref": "#/components/examples/AssistanceCase"
              }
            }
          }
        }
      },
      "AssistanceCaseCreated": {
        "description": "Created.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          },
          "Location": {
            "$ref": "#/components/headers/Location"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/assistance"
            }
          }
        }
      },
      "BadRequest": {
        "description": "Malformed request: a body that is not UTF-8 or not JSON as the standard reads it (duplicate\nmember names, a reserved name, nesting over 64 levels; `errors[].offset` is the byte offset),\na bad query parameter, a missing `Idempotency-Key`, a bad cursor, malformed HTTP.\n",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing, unknown or malformed bearer token.",
        "headers": {
          "WWW-Authenticate": {
            "description": "`Bearer`",
            "schema": {
              "type": "string"
            }
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The token may not do this; `errors[0].ruleId` says why: `api.scope` (the token lacks the\noperation's scope), `api.ownership` (the record belongs to another city or department),\n`api.record-id-city` (a new record's id does not begin with the token's city code and `-`),\n`api.own-agency` (the record names another agency than the token's as its own:\n`agency`, `to.agency` of a transfer, `meta.sourceAgency`), `api.transfer-side` (the other\nside of the transfer acts here, or names the receiving enrolment).\n",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such record.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Conflict": {
        "description": "A record with this id already exists, or the new record duplicates a stored one under the\nvalidator's dataset rules: `dataset.duplicate-person` (one identity number twice in a\ncity) or `dataset.duplicate-enrolment` (the same person, by identity number across cities,\nenrolled twice in one insurance family over overlapping periods). `existingId` names the\nstored record.\n",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "InvalidTransition": {
        "description": "The transition is not allowed from the record's current state.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "fromCompleted": {
                "$ref": "#/components/examples/InvalidTransitionProblem"
              }
            }
          }
        }
      },
      "PreconditionFailed": {
        "description": "`If-Match` does not match the record's current `ETag` (a stale write).",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "PreconditionRequired": {
        "description": "`If-Match` is missing.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The body is over the size limit (1 MiB for records, 16 MiB for validations), or validating it needs more memory than one validation may use.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The body is not of the documented media type, or declares a charset other than UTF-8 (GB18030 too for exports).",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "RequestTimeout": {
        "description": "The request (headers and body) did not arrive within 60 s; the connection is closed.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "UriTooLong": {
        "description": "The request target is over 4096 bytes, or a path segment over 128 characters.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "RequestHeaderFieldsTooLarge": {
        "description": "The request line and headers are over 16 KiB; the connection is closed.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "The server is shutting down, or every validation worker is busy and the queue is full.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before trying again.",
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "UnprocessableContent": {
        "description": "The record breaks the standard (validator findings in `errors`, each with its rule id and\nJSON pointer), a reference does not resolve, a transfer names an enrolment of another person\nor city (`api.transfer-target`), a step time is out of bounds (`api.step-time`), or an\n`Idempotency-Key` was reused with another body.\n",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "badCheckCharacter": {
                "$ref": "#/components/examples/ValidationProblem"
              }
            }
          }
        }
      }
    },
    "schemas": {
      "Page": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "nextCursor": {
            "type": "string",
            "description": "Present when there are more items; pass it as `cursor`."
          }
        }
      },
      "PersonPage": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Page"
          },
          {
            "type": "object",
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/person"
                }
              }
            }
          }
        ]
      },
      "EnrolmentPage": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Page"
          },
          {
            "type": "object",
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/enrolment"
                }
              }
            }
          }
        ]
      },
      "TransferPage": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Page"
          },
          {
            "type": "object",
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/transfer"
                }
              }
            }
          }
        ]
      },
      "AssistanceCasePage": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Page"
          },
          {
            "type": "object",
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/assistance"
                }
              }
            }
          }
        ]
      },
      "TokenInfo": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "agency",
          "city",
          "scopes"
        ],
        "properties": {
          "agency": {
            "$ref": "#/components/schemas/common.agency"
          },
          "city": {
            "$ref": "#/components/schemas/common.cityCode"
          },
          "scopes": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "read",
                "read:personal",
                "write",
                "validate"
              ]
            }
          }
        }
      },
      "DuplicateCheckRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "family"
        ],
        "minProperties": 2,
        "properties": {
          "personId": {
            "$ref": "#/components/schemas/common.recordId"
          },
          "idNumber": {
            "$ref": "#/components/schemas/common.idNumber"
          },
          "family": {
            "type": "string",
            "description": "An insurance family (column `family` of code list `insuranceScheme`).",
            "enum": [
              "pension",
              "medical",
              "unemployment",
              "workInjury",
              "maternity"
            ]
          },
          "activeOn": {
            "$ref": "#/components/schemas/common.date",
            "description": "Only enrolments whose period contains this date; absent = any time."
          }
        }
      },
      "DuplicateCheckResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "enrolled",
          "family",
          "matches"
        ],
        "properties": {
          "enrolled": {
            "type": "boolean"
          },
          "family": {
            "type": "string"
          },
          "personIds": {
            "type": "array",
            "description": "The stored persons the request resolved to.",
            "items": {
              "$ref": "#/components/schemas/common.recordId"
            }
          },
          "matches": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "enrolmentId",
                "personId",
                "scheme",
                "city",
                "agency",
                "period",
                "contributionStatus"
              ],
              "properties": {
                "enrolmentId": {
                  "$ref": "#/components/schemas/common.recordId"
                },
                "personId": {
                  "$ref": "#/components/schemas/common.recordId"
                },
                "scheme": {
                  "type": "string"
                },
                "city": {
                  "$ref": "#/components/schemas/common.cityCode"
                },
                "agency": {
                  "$ref": "#/components/schemas/common.agency"
                },
                "period": {
                  "$ref": "#/components/schemas/common.period"
                },
                "contributionStatus": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "Transition": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "at": {
            "type": "string",
            "format": "date-time",
            "description": "When the step happened; default the server's time. No later than the server's time plus\n5 minutes (clock skew) and not before the previous step, else 422 `api.step-time`.\n"
          },
          "reasonCode": {
            "type": "string",
            "description": "A code of list `transferReason`; required to reject.",
            "minLength": 1,
            "maxLength": 64
          },
          "note": {
            "type": "string",
            "maxLength": 2000
          },
          "toEnrolmentId": {
            "$ref": "#/components/schemas/common.recordId",
            "description": "The enrolment at the receiving agency; required to complete unless already set. Given by\nthe receiving agency only (403 `api.transfer-side`); an enrolment of the transfer's person\nin `to.city` (422 `api.transfer-target`).\n"
          }
        }
      },
      "Review": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "reviewDate",
          "outcome"
        ],
        "properties": {
          "reviewDate": {
            "type": "string",
            "format": "date"
          },
          "outcome": {
            "type": "string",
            "enum": [
              "continued",
              "adjusted",
              "suspended",
              "terminated"
            ]
          },
          "nextReviewDate": {
            "type": "string",
            "format": "date",
            "description": "Required unless the outcome is `terminated`."
          },
          "perCapitaIncome": {
            "type": "integer",
            "minimum": 0,
            "description": "New household per-capita income in fen (for `adjusted`)."
          },
          "benefitAmount": {
            "type": "integer",
            "minimum": 0,
            "description": "New monthly benefit in fen (for `adjusted`)."
          }
        }
      },
      "Problem": {
        "type": "object",
        "description": "RFC 9457 problem details, extended with the validator's findings.",
        "required": [
          "type",
          "title",
          "status"
        ],
        "properties": {
          "type": {
            "type": "string",
            "format": "uri-reference"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer",
            "minimum": 400,
            "maximum": 599
          },
          "detail": {
            "type": "string"
          },
          "instance": {
            "type": "string"
          },
          "existingId": {
            "$ref": "#/components/schemas/common.recordId",
            "description": "In a 409, the stored record the request conflicts with."
          },
          "errors": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "ruleId",
                "pointer"
              ],
              "properties": {
                "ruleId": {
                  "type": "string",
                  "description": "The validator's stable rule id (e.g. `id-number.check-character`)."
                },
                "pointer": {
                  "type": "string",
                  "description": "JSON pointer into the request body."
                },
                "severity": {
                  "type": "string",
                  "enum": [
                    "error",
                    "warning",
                    "info"
                  ]
                },
                "detail": {
                  "type": "string"
                },
                "offset": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Byte offset in the request body, for a problem found while reading it (encoding, JSON syntax, names, depth)."
                }
              }
            }
          }
        }
      },
      "assistance": {
        "title": "Assistance",
        "description": "A case of social assistance, welfare, mutual aid (charity) or special care for a person or a household.",
        "x-czt-title": {
          "zh": "救助福利",
          "en": "Assistance"
        },
        "type": "object",
        "allOf": [
          {
            "if": {
              "properties": {
                "personId": false
              }
            },
            "then": {
              "properties": {
                "household": true
              },
              "required": [
                "household"
              ]
            }
          },
          {
            "if": {
              "properties": {
                "programme": {
                  "const": "charityRelief"
                }
              },
              "required": [
                "programme"
              ]
            },
            "then": {
              "properties": {
                "charity": true
              },
              "required": [
                "charity"
              ]
            }
          },
          {
            "if": {
              "properties": {
                "programme": {
                  "const": "specialCare"
                }
              },
              "required": [
                "programme"
              ]
            },
            "then": {
              "properties": {
                "specialCare": true
              },
              "required": [
                "specialCare"
              ]
            }
          }
        ],
        "properties": {
          "recordType": {
            "description": "Record type, always \"assistance\".",
            "x-czt-title": {
              "zh": "记录类型",
              "en": "Record type"
            },
            "const": "assistance"
          },
          "id": {
            "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
            "x-czt-title": {
              "zh": "记录标识",
              "en": "Record id"
            },
            "$ref": "#/components/schemas/common.recordId"
          },
          "meta": {
            "description": "When and by whom the record was last updated.",
            "x-czt-title": {
              "zh": "记录元数据",
              "en": "Record metadata"
            },
            "$ref": "#/components/schemas/common.meta"
          },
          "programme": {
            "description": "Programme; the code list's pillar column groups programmes.",
            "x-czt-title": {
              "zh": "项目",
              "en": "Programme"
            },
            "type": "string",
            "x-czt-codelist": "assistanceProgramme",
            "enum": [
              "dibao.urban",
              "dibao.rural",
              "dibao.marginal",
              "tekun.centralised",
              "tekun.dispersed",
              "medicalAid",
              "housingAid",
              "educationAid",
              "disasterRelief",
              "temporaryAid",
              "welfare.elderly",
              "welfare.disability",
              "welfare.child",
              "charityRelief",
              "specialCare"
            ]
          },
          "personId": {
            "description": "Id of the beneficiary person record.",
            "x-czt-title": {
              "zh": "受助人",
              "en": "Beneficiary"
            },
            "$ref": "#/components/schemas/common.recordRef"
          },
          "household": {
            "description": "The household, for household-assessed programmes such as dibao.",
            "x-czt-title": {
              "zh": "家庭",
              "en": "Household"
            },
            "type": "object",
            "properties": {
              "householdId": {
                "description": "Identifier of the household (not a record id).",
                "x-czt-title": {
                  "zh": "户标识",
                  "en": "Household id"
                },
                "type": "string",
                "minLength": 1,
                "maxLength": 128
              },
              "headPersonId": {
                "description": "Id of the person record of the head of household.",
                "x-czt-title": {
                  "zh": "户主",
                  "en": "Head of household"
                },
                "$ref": "#/components/schemas/common.recordRef"
              },
              "size": {
                "description": "Number of people in the household.",
                "x-czt-title": {
                  "zh": "家庭人口",
                  "en": "Household size"
                },
                "type": "integer",
                "minimum": 1
              },
              "members": {
                "description": "Members of the household.",
                "x-czt-title": {
                  "zh": "家庭成员",
                  "en": "Members"
                },
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "personId": {
                      "description": "Id of the member's person record.",
                      "x-czt-title": {
                        "zh": "成员",
                        "en": "Member"
                      },
                      "$ref": "#/components/schemas/common.recordRef"
                    },
                    "relationToHead": {
                      "description": "Relationship to the head of household.",
                      "x-czt-title": {
                        "zh": "与户主关系",
                        "en": "Relation to head"
                      },
                      "type": "string",
                      "x-czt-codelist": "relationToHead",
                      "enum": [
                        "01",
                        "02",
                        "10",
                        "11",
                        "12",
                        "20",
                        "21",
                        "22",
                        "23",
                        "24",
                        "25",
                        "26",
                        "27",
                        "28",
                        "29",
                        "30",
                        "31",
                        "32",
                        "33",
                        "34",
                        "35",
                        "36",
                        "37",
                        "38",
                        "39",
                        "40",
                        "41",
                        "42",
                        "43",
                        "44",
                        "45",
                        "46",
                        "47",
                        "48",
                        "49",
                        "50",
                        "51",
                        "52",
                        "53",
                        "54",
                        "55",
                        "56",
                        "57",
                        "58",
                        "59",
                        "60",
                        "61",
                        "62",
                        "63",
                        "64",
                        "65",
                        "66",
                        "67",
                        "68",
                        "69",
                        "70",
                        "71",
                        "72",
                        "73",
                        "74",
                        "75",
                        "76",
                        "77",
                        "78",
                        "79",
                        "80",
                        "81",
                        "82",
                        "83",
                        "84",
                        "85",
                        "86",
                        "87",
                        "88",
                        "89",
                        "90",
                        "91",
                        "92",
                        "93",
                        "94",
                        "95",
                        "96",
                        "97",
                        "99"
                      ]
                    },
                    "covered": {
                      "description": "Whether the member is covered by the case.",
                      "x-czt-title": {
                        "zh": "是否保障",
                        "en": "Covered"
                      },
                      "type": "boolean"
                    }
                  },
                  "required": [
                    "personId",
                    "relationToHead",
                    "covered"
                  ],
                  "additionalProperties": false
                }
              }
            },
            "required": [
              "householdId",
              "headPersonId",
              "size"
            ],
            "additionalProperties": false
          },
          "coveredMembers": {
            "description": "Number of covered members; equals the members marked covered when members are given.",
            "x-czt-title": {
              "zh": "保障人数",
              "en": "Covered members"
            },
            "type": "integer",
            "minimum": 0
          },
          "city": {
            "description": "City of the case.",
            "x-czt-title": {
              "zh": "城市",
              "en": "City"
            },
            "$ref": "#/components/schemas/common.cityCode"
          },
          "agency": {
            "description": "Agency that manages the case.",
            "x-czt-title": {
              "zh": "经办机构",
              "en": "Agency"
            },
            "$ref": "#/components/schemas/common.agency"
          },
          "caseStatus": {
            "description": "Status of the case.",
            "x-czt-title": {
              "zh": "案件状态",
              "en": "Case status"
            },
            "type": "string",
            "x-czt-codelist": "caseStatus",
            "enum": [
              "applied",
              "underReview",
              "active",
              "suspended",
              "terminated",
              "rejected"
            ]
          },
          "dates": {
            "description": "Dates of the case.",
            "x-czt-title": {
              "zh": "办理日期",
              "en": "Dates"
            },
            "type": "object",
            "properties": {
              "applied": {
                "description": "Date of application.",
                "x-czt-title": {
                  "zh": "申请日期",
                  "en": "Applied"
                },
                "$ref": "#/components/schemas/common.date"
              },
              "approved": {
                "description": "Date of approval.",
                "x-czt-title": {
                  "zh": "批准日期",
                  "en": "Approved"
                },
                "$ref": "#/components/schemas/common.date"
              },
              "terminated": {
                "description": "Date the case ended.",
                "x-czt-title": {
                  "zh": "终止日期",
                  "en": "Terminated"
                },
                "$ref": "#/components/schemas/common.date"
              }
            },
            "required": [
              "applied"
            ],
            "additionalProperties": false
          },
          "monthlyStandard": {
            "description": "Local monthly standard per person (dibao, tekun), in fen.",
            "x-czt-title": {
              "zh": "保障标准",
              "en": "Monthly standard"
            },
            "$ref": "#/components/schemas/common.amountFen"
          },
          "perCapitaIncome": {
            "description": "Household monthly income per person, in fen.",
            "x-czt-title": {
              "zh": "家庭月人均收入",
              "en": "Per-capita income"
            },
            "x-czt-sensitivity": "special",
            "$ref": "#/components/schemas/common.amountFen"
          },
          "benefitAmount": {
            "description": "Monthly basic benefit of the case, in fen.",
            "x-czt-title": {
              "zh": "月保障金额",
              "en": "Benefit amount"
            },
            "x-czt-sensitivity": "special",
            "$ref": "#/components/schemas/common.amountFen"
          },
          "classifiedSupplement": {
            "description": "Monthly classified supplement (分类施保) apart from the basic benefit, in fen.",
            "x-czt-title": {
              "zh": "分类施保金额",
              "en": "Classified supplement"
            },
            "x-czt-sensitivity": "special",
            "$ref": "#/components/schemas/common.amountFen"
          },
          "payments": {
            "description": "Payments made.",
            "x-czt-title": {
              "zh": "发放记录",
              "en": "Payments"
            },
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "month": {
                  "description": "Month the payment is for.",
                  "x-czt-title": {
                    "zh": "所属月份",
                    "en": "Month"
                  },
                  "$ref": "#/components/schemas/common.month"
                },
                "amount": {
                  "description": "Amount paid, in fen.",
                  "x-czt-title": {
                    "zh": "发放金额",
                    "en": "Amount"
                  },
                  "$ref": "#/components/schemas/common.amountFen"
                },
                "paidOn": {
                  "description": "Date of payment.",
                  "x-czt-title": {
                    "zh": "发放日期",
                    "en": "Paid on"
                  },
                  "$ref": "#/components/schemas/common.date"
                }
              },
              "required": [
                "month",
                "amount",
                "paidOn"
              ],
              "additionalProperties": false
            }
          },
          "lastReviewDate": {
            "description": "Date of the last review of the case.",
            "x-czt-title": {
              "zh": "上次复核日期",
              "en": "Last review date"
            },
            "$ref": "#/components/schemas/common.date"
          },
          "nextReviewDate": {
            "description": "Date the next review is due.",
            "x-czt-title": {
              "zh": "下次复核日期",
              "en": "Next review date"
            },
            "$ref": "#/components/schemas/common.date"
          },
          "charity": {
            "description": "Charity relief details; required for charityRelief.",
            "x-czt-title": {
              "zh": "慈善救助",
              "en": "Charity"
            },
            "type": "object",
            "properties": {
              "fundingSource": {
                "description": "Source of the charity funds.",
                "x-czt-title": {
                  "zh": "资金来源",
                  "en": "Funding source"
                },
                "type": "string",
                "x-czt-codelist": "charityFundingSource",
                "enum": [
                  "individual",
                  "enterprise",
                  "organised"
                ]
              }
            },
            "required": [
              "fundingSource"
            ],
            "additionalProperties": false
          },
          "specialCare": {
            "description": "Special-care details; required for specialCare.",
            "x-czt-title": {
              "zh": "优抚",
              "en": "Special care"
            },
            "type": "object",
            "properties": {
              "category": {
                "description": "Special-care category.",
                "x-czt-title": {
                  "zh": "优抚对象类别",
                  "en": "Special-care category"
                },
                "x-czt-sensitivity": "special",
                "type": "string",
                "x-czt-codelist": "specialCareCategory",
                "enum": [
                  "11",
                  "12",
                  "13",
                  "14",
                  "15",
                  "21",
                  "22",
                  "23",
                  "41",
                  "42",
                  "51",
                  "61"
                ]
              }
            },
            "required": [
              "category"
            ],
            "additionalProperties": false
          },
          "extensions": {
            "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
            "x-czt-title": {
              "zh": "扩展",
              "en": "Extensions"
            },
            "type": "object",
            "additionalProperties": true
          }
        },
        "required": [
          "recordType",
          "id",
          "meta",
          "programme",
          "city",
          "agency",
          "caseStatus",
          "dates",
          "benefitAmount"
        ],
        "additionalProperties": false
      },
      "common.agency": {
        "title": "Agency",
        "description": "A public agency, identified by its credit code, division and department.",
        "x-czt-title": {
          "zh": "经办机构",
          "en": "Agency"
        },
        "type": "object",
        "properties": {
          "creditCode": {
            "description": "The agency's unified social credit code.",
            "x-czt-title": {
              "zh": "统一社会信用代码",
              "en": "Credit code"
            },
            "$ref": "#/components/schemas/common.creditCode"
          },
          "division": {
            "description": "Division code of the agency's jurisdiction.",
            "x-czt-title": {
              "zh": "所在行政区划",
              "en": "Division"
            },
            "$ref": "#/components/schemas/common.divisionCode"
          },
          "department": {
            "description": "The department the agency belongs to.",
            "x-czt-title": {
              "zh": "部门",
              "en": "Department"
            },
            "type": "string",
            "x-czt-codelist": "department",
            "enum": [
              "hrss",
              "healthcareSecurity",
              "civilAffairs",
              "healthCommission",
              "veteransAffairs",
              "disabledPersonsFederation",
              "charityFederation",
              "taxation",
              "housing",
              "education",
              "emergencyManagement",
              "cztCentre"
            ]
          },
          "name": {
            "description": "Name of the agency.",
            "x-czt-title": {
              "zh": "机构名称",
              "en": "Agency name"
            },
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          }
        },
        "required": [
          "creditCode",
          "division",
          "department"
        ],
        "additionalProperties": false
      },
      "common.amountFen": {
        "title": "Amount in fen",
        "description": "Money as an integer number of fen (分); ¥5,200.00 is 520000.",
        "x-czt-title": {
          "zh": "金额（分）",
          "en": "Amount in fen"
        },
        "type": "integer",
        "minimum": 0,
        "maximum": 9007199254740991
      },
      "common.cityCode": {
        "title": "City code",
        "description": "One of the three cities: 430100 Changsha, 430200 Zhuzhou, 430300 Xiangtan.",
        "x-czt-title": {
          "zh": "城市代码",
          "en": "City code"
        },
        "type": "string",
        "enum": [
          "430100",
          "430200",
          "430300"
        ]
      },
      "common.contributionYear": {
        "title": "Contribution year",
        "description": "The contributions of one calendar year.",
        "x-czt-title": {
          "zh": "年度缴费",
          "en": "Contribution year"
        },
        "type": "object",
        "properties": {
          "year": {
            "description": "Calendar year of the contributions.",
            "x-czt-title": {
              "zh": "缴费年度",
              "en": "Year"
            },
            "type": "integer",
            "minimum": 1990,
            "maximum": 2100
          },
          "months": {
            "description": "Number of months contributed in the year.",
            "x-czt-title": {
              "zh": "缴费月数",
              "en": "Months"
            },
            "type": "integer",
            "minimum": 1,
            "maximum": 12
          },
          "monthlyBase": {
            "description": "Average monthly contribution base of the year (wage), in fen.",
            "x-czt-title": {
              "zh": "月缴费基数",
              "en": "Monthly contribution base"
            },
            "x-czt-sensitivity": "special",
            "$ref": "#/components/schemas/common.amountFen"
          },
          "individualAmount": {
            "description": "Amount paid by the person in the year, in fen.",
            "x-czt-title": {
              "zh": "个人缴费金额",
              "en": "Individual amount"
            },
            "$ref": "#/components/schemas/common.amountFen"
          },
          "employerAmount": {
            "description": "Amount paid by the employer in the year, in fen (0 for resident schemes).",
            "x-czt-title": {
              "zh": "单位缴费金额",
              "en": "Employer amount"
            },
            "$ref": "#/components/schemas/common.amountFen"
          }
        },
        "required": [
          "year",
          "months",
          "monthlyBase",
          "individualAmount",
          "employerAmount"
        ],
        "additionalProperties": false
      },
      "common.countryCode": {
        "title": "Country code",
        "description": "ISO 3166-1 alpha-3 country code, e.g. CHN.",
        "x-czt-title": {
          "zh": "国家代码",
          "en": "Country code"
        },
        "type": "string",
        "pattern": "^[A-Z]{3}$"
      },
      "common.creditCode": {
        "title": "Unified social credit code",
        "description": "GB 32100 unified social credit code: 18 characters from 0-9 and A-Y without I, O, S, V, Z; the check character is verified by the validator.",
        "x-czt-title": {
          "zh": "统一社会信用代码",
          "en": "Unified social credit code"
        },
        "type": "string",
        "pattern": "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"
      },
      "common.date": {
        "title": "Date",
        "description": "Calendar date, YYYY-MM-DD.",
        "x-czt-title": {
          "zh": "日期",
          "en": "Date"
        },
        "type": "string",
        "format": "date"
      },
      "common.dateTime": {
        "title": "Date-time",
        "description": "RFC 3339 timestamp with offset.",
        "x-czt-title": {
          "zh": "时间戳",
          "en": "Timestamp"
        },
        "type": "string",
        "format": "date-time"
      },
      "common.divisionCode": {
        "title": "Division code",
        "description": "GB/T 2260 administrative division code, six digits.",
        "x-czt-title": {
          "zh": "行政区划代码",
          "en": "Division code"
        },
        "type": "string",
        "pattern": "^[1-8][0-9]{5}$"
      },
      "common.idNumber": {
        "title": "Identity number",
        "description": "GB 11643 citizen identity number, 18 characters; lowercase x is accepted, X preferred. Also the social security number.",
        "x-czt-title": {
          "zh": "公民身份号码",
          "en": "Identity number"
        },
        "x-czt-sensitivity": "identifier",
        "type": "string",
        "pattern": "^[0-9]{17}[0-9Xx]$"
      },
      "common.meta": {
        "title": "Record metadata",
        "description": "When and by whom a record was last updated.",
        "x-czt-title": {
          "zh": "记录元数据",
          "en": "Record metadata"
        },
        "type": "object",
        "properties": {
          "lastUpdated": {
            "description": "When the record was last changed at its source.",
            "x-czt-title": {
              "zh": "最后更新时间",
              "en": "Last updated"
            },
            "$ref": "#/components/schemas/common.dateTime"
          },
          "sourceAgency": {
            "description": "The agency the record comes from.",
            "x-czt-title": {
              "zh": "来源机构",
              "en": "Source agency"
            },
            "$ref": "#/components/schemas/common.agency"
          },
          "sourceSystem": {
            "description": "Name of the local system that produced the record.",
            "x-czt-title": {
              "zh": "来源系统",
              "en": "Source system"
            },
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          }
        },
        "required": [
          "lastUpdated"
        ],
        "additionalProperties": false
      },
      "common.month": {
        "title": "Month",
        "description": "Calendar month, YYYY-MM.",
        "x-czt-title": {
          "zh": "月份",
          "en": "Month"
        },
        "type": "string",
        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"
      },
      "common.period": {
        "title": "Period",
        "description": "A period of dates; end is inclusive, an absent end means open.",
        "x-czt-title": {
          "zh": "期间",
          "en": "Period"
        },
        "type": "object",
        "properties": {
          "start": {
            "description": "First day of the period.",
            "x-czt-title": {
              "zh": "开始日期",
              "en": "Start"
            },
            "$ref": "#/components/schemas/common.date"
          },
          "end": {
            "description": "Last day of the period (inclusive); absent while open.",
            "x-czt-title": {
              "zh": "结束日期",
              "en": "End"
            },
            "$ref": "#/components/schemas/common.date"
          }
        },
        "required": [
          "start"
        ],
        "additionalProperties": false
      },
      "common.recordId": {
        "title": "Record id",
        "description": "Record id, unique across the agglomeration, e.g. 430100-P-000123.",
        "x-czt-title": {
          "zh": "记录标识",
          "en": "Record id"
        },
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
      },
      "common.recordRef": {
        "title": "Record reference",
        "description": "The id of another record (a plain record id).",
        "x-czt-title": {
          "zh": "记录引用",
          "en": "Record reference"
        },
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
      },
      "common.transferStatus": {
        "title": "Transfer status",
        "description": "Status of a transfer (code list transferStatus).",
        "x-czt-title": {
          "zh": "转移状态",
          "en": "Transfer status"
        },
        "type": "string",
        "x-czt-codelist": "transferStatus",
        "enum": [
          "requested",
          "letterIssued",
          "fundsTransferred",
          "completed",
          "rejected",
          "cancelled"
        ]
      },
      "enrolment": {
        "title": "Enrolment",
        "description": "A person's enrolment (参保登记) in one insurance scheme with one agency.",
        "x-czt-title": {
          "zh": "参保登记",
          "en": "Enrolment"
        },
        "type": "object",
        "properties": {
          "recordType": {
            "description": "Record type, always \"enrolment\".",
            "x-czt-title": {
              "zh": "记录类型",
              "en": "Record type"
            },
            "const": "enrolment"
          },
          "id": {
            "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
            "x-czt-title": {
              "zh": "记录标识",
              "en": "Record id"
            },
            "$ref": "#/components/schemas/common.recordId"
          },
          "meta": {
            "description": "When and by whom the record was last updated.",
            "x-czt-title": {
              "zh": "记录元数据",
              "en": "Record metadata"
            },
            "$ref": "#/components/schemas/common.meta"
          },
          "personId": {
            "description": "Id of the enrolled person record.",
            "x-czt-title": {
              "zh": "人员",
              "en": "Person"
            },
            "$ref": "#/components/schemas/common.recordRef"
          },
          "scheme": {
            "description": "Insurance scheme; the code list's family and employeeScheme columns classify it.",
            "x-czt-title": {
              "zh": "险种",
              "en": "Insurance scheme"
            },
            "type": "string",
            "x-czt-codelist": "insuranceScheme",
            "enum": [
              "pension.employee",
              "pension.institution",
              "pension.resident",
              "medical.employee",
              "medical.resident",
              "medical.nrcms",
              "unemployment",
              "workInjury",
              "maternity"
            ]
          },
          "city": {
            "description": "City of the enrolment.",
            "x-czt-title": {
              "zh": "参保城市",
              "en": "City"
            },
            "$ref": "#/components/schemas/common.cityCode"
          },
          "agency": {
            "description": "Agency that manages the enrolment.",
            "x-czt-title": {
              "zh": "经办机构",
              "en": "Agency"
            },
            "$ref": "#/components/schemas/common.agency"
          },
          "employer": {
            "description": "The employer, for employee schemes only.",
            "x-czt-title": {
              "zh": "参保单位",
              "en": "Employer"
            },
            "type": "object",
            "properties": {
              "creditCode": {
                "description": "The employer's unified social credit code.",
                "x-czt-title": {
                  "zh": "单位统一社会信用代码",
                  "en": "Employer credit code"
                },
                "$ref": "#/components/schemas/common.creditCode"
              },
              "name": {
                "description": "The employer's name.",
                "x-czt-title": {
                  "zh": "单位名称",
                  "en": "Employer name"
                },
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              }
            },
            "required": [
              "creditCode"
            ],
            "additionalProperties": false
          },
          "contributionStatus": {
            "description": "Contribution status.",
            "x-czt-title": {
              "zh": "个人缴费状态",
              "en": "Contribution status"
            },
            "type": "string",
            "x-czt-codelist": "contributionStatus",
            "enum": [
              "1",
              "2",
              "3"
            ]
          },
          "employmentStatus": {
            "description": "Whether the person is in employment or retired.",
            "x-czt-title": {
              "zh": "在职离退休状态",
              "en": "Employment status"
            },
            "type": "string",
            "x-czt-codelist": "employmentStatus",
            "enum": [
              "0",
              "1"
            ]
          },
          "period": {
            "description": "Period of the enrolment.",
            "x-czt-title": {
              "zh": "参保期间",
              "en": "Period"
            },
            "$ref": "#/components/schemas/common.period"
          },
          "monthlyContributionBase": {
            "description": "Current monthly contribution base (wage), in fen.",
            "x-czt-title": {
              "zh": "月缴费基数",
              "en": "Monthly contribution base"
            },
            "x-czt-sensitivity": "special",
            "$ref": "#/components/schemas/common.amountFen"
          },
          "contributions": {
            "description": "Contributions per calendar year.",
            "x-czt-title": {
              "zh": "缴费记录",
              "en": "Contributions"
            },
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/common.contributionYear"
            }
          },
          "extensions": {
            "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
            "x-czt-title": {
              "zh": "扩展",
              "en": "Extensions"
            },
            "type": "object",
            "additionalProperties": true
          }
        },
        "required": [
          "recordType",
          "id",
          "meta",
          "personId",
          "scheme",
          "city",
          "agency",
          "contributionStatus",
          "employmentStatus",
          "period"
        ],
        "additionalProperties": false
      },
      "person": {
        "title": "Person",
        "description": "A person known to a social security agency. The identity number is the primary key; a person without one is identified by documents.",
        "x-czt-title": {
          "zh": "人员",
          "en": "Person"
        },
        "type": "object",
        "if": {
          "properties": {
            "idNumber": false
          }
        },
        "then": {
          "properties": {
            "documents": true
          },
          "required": [
            "documents"
          ]
        },
        "properties": {
          "recordType": {
            "description": "Record type, always \"person\".",
            "x-czt-title": {
              "zh": "记录类型",
              "en": "Record type"
            },
            "const": "person"
          },
          "id": {
            "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
            "x-czt-title": {
              "zh": "记录标识",
              "en": "Record id"
            },
            "$ref": "#/components/schemas/common.recordId"
          },
          "meta": {
            "description": "When and by whom the record was last updated.",
            "x-czt-title": {
              "zh": "记录元数据",
              "en": "Record metadata"
            },
            "$ref": "#/components/schemas/common.meta"
          },
          "idNumber": {
            "description": "GB 11643 citizen identity number, 18 characters; lowercase x is accepted, X preferred. Also the social security number.",
            "x-czt-title": {
              "zh": "公民身份号码",
              "en": "Identity number"
            },
            "x-czt-sensitivity": "identifier",
            "$ref": "#/components/schemas/common.idNumber"
          },
          "documents": {
            "description": "Identity documents, for people without a citizen identity number or in addition to it.",
            "x-czt-title": {
              "zh": "证件",
              "en": "Documents"
            },
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "object",
              "properties": {
                "type": {
                  "description": "Document type.",
                  "x-czt-title": {
                    "zh": "证件类型",
                    "en": "Document type"
                  },
                  "type": "string",
                  "x-czt-codelist": "documentType",
                  "enum": [
                    "residentIdCard",
                    "hmtResidencePermit",
                    "hmTravelPermit",
                    "taiwanTravelPermit",
                    "foreignPermanentResidenceCard",
                    "passport",
                    "militaryOfficerCard",
                    "other"
                  ]
                },
                "number": {
                  "description": "Document number as printed.",
                  "x-czt-title": {
                    "zh": "证件号码",
                    "en": "Document number"
                  },
                  "x-czt-sensitivity": "identifier",
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 64
                },
                "issuingCountry": {
                  "description": "ISO 3166-1 alpha-3 code of the issuing country.",
                  "x-czt-title": {
                    "zh": "签发国家",
                    "en": "Issuing country"
                  },
                  "$ref": "#/components/schemas/common.countryCode"
                }
              },
              "required": [
                "type",
                "number"
              ],
              "additionalProperties": false
            }
          },
          "name": {
            "description": "Full name as registered; minority names use the middle dot U+00B7.",
            "x-czt-title": {
              "zh": "姓名",
              "en": "Name"
            },
            "x-czt-sensitivity": "personal",
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "sex": {
            "description": "Sex, GB/T 2261.1.",
            "x-czt-title": {
              "zh": "性别",
              "en": "Sex"
            },
            "type": "string",
            "x-czt-codelist": "sex",
            "enum": [
              "0",
              "1",
              "2",
              "9"
            ]
          },
          "birthDate": {
            "description": "Date of birth.",
            "x-czt-title": {
              "zh": "出生日期",
              "en": "Birth date"
            },
            "x-czt-sensitivity": "personal",
            "$ref": "#/components/schemas/common.date"
          },
          "ethnicity": {
            "description": "Ethnicity, GB/T 3304 two-digit code.",
            "x-czt-title": {
              "zh": "民族",
              "en": "Ethnicity"
            },
            "x-czt-sensitivity": "personal",
            "type": "string",
            "x-czt-codelist": "ethnicity",
            "enum": [
              "01",
              "02",
              "03",
              "04",
              "05",
              "06",
              "07",
              "08",
              "09",
              "10",
              "11",
              "12",
              "13",
              "14",
              "15",
              "16",
              "17",
              "18",
              "19",
              "20",
              "21",
              "22",
              "23",
              "24",
              "25",
              "26",
              "27",
              "28",
              "29",
              "30",
              "31",
              "32",
              "33",
              "34",
              "35",
              "36",
              "37",
              "38",
              "39",
              "40",
              "41",
              "42",
              "43",
              "44",
              "45",
              "46",
              "47",
              "48",
              "49",
              "50",
              "51",
              "52",
              "53",
              "54",
              "55",
              "56",
              "97",
              "98"
            ]
          },
          "nationality": {
            "description": "Nationality, ISO 3166-1 alpha-3 (CHN for Chinese citizens).",
            "x-czt-title": {
              "zh": "国籍",
              "en": "Nationality"
            },
            "$ref": "#/components/schemas/common.countryCode"
          },
          "hukou": {
            "description": "Household registration (hukou).",
            "x-czt-title": {
              "zh": "户籍",
              "en": "Hukou"
            },
            "type": "object",
            "properties": {
              "division": {
                "description": "Division code of the place of household registration.",
                "x-czt-title": {
                  "zh": "户籍所在地",
                  "en": "Hukou division"
                },
                "$ref": "#/components/schemas/common.divisionCode"
              },
              "residenceType": {
                "description": "Urban or rural residence, which decides the resident scheme.",
                "x-czt-title": {
                  "zh": "城乡类型",
                  "en": "Residence type"
                },
                "type": "string",
                "x-czt-codelist": "residenceType",
                "enum": [
                  "urban",
                  "rural"
                ]
              },
              "historicalCategory": {
                "description": "Agricultural or non-agricultural hukou, a historical attribute abolished in 2014.",
                "x-czt-title": {
                  "zh": "户口性质（历史）",
                  "en": "Historical hukou category"
                },
                "type": "string",
                "x-czt-codelist": "hukouCategory",
                "enum": [
                  "agricultural",
                  "non-agricultural"
                ]
              }
            },
            "required": [
              "division",
              "residenceType"
            ],
            "additionalProperties": false
          },
          "residenceDivision": {
            "description": "Division code of the place of actual residence.",
            "x-czt-title": {
              "zh": "居住地",
              "en": "Residence division"
            },
            "$ref": "#/components/schemas/common.divisionCode"
          },
          "contact": {
            "description": "Contact details.",
            "x-czt-title": {
              "zh": "联系方式",
              "en": "Contact"
            },
            "type": "object",
            "properties": {
              "mobile": {
                "description": "Mobile phone number, 11 digits starting with 1.",
                "x-czt-title": {
                  "zh": "手机号码",
                  "en": "Mobile"
                },
                "x-czt-sensitivity": "personal",
                "type": "string",
                "minLength": 1,
                "maxLength": 32
              },
              "phone": {
                "description": "Landline number.",
                "x-czt-title": {
                  "zh": "固定电话",
                  "en": "Phone"
                },
                "x-czt-sensitivity": "personal",
                "type": "string",
                "minLength": 1,
                "maxLength": 32
              },
              "address": {
                "description": "Postal address.",
                "x-czt-title": {
                  "zh": "联系地址",
                  "en": "Address"
                },
                "x-czt-sensitivity": "personal",
                "type": "string",
                "minLength": 1,
                "maxLength": 300
              }
            },
            "required": [],
            "additionalProperties": false
          },
          "household": {
            "description": "Membership of a household.",
            "x-czt-title": {
              "zh": "家庭户",
              "en": "Household"
            },
            "type": "object",
            "properties": {
              "householdId": {
                "description": "Identifier of the household (not a record id).",
                "x-czt-title": {
                  "zh": "户标识",
                  "en": "Household id"
                },
                "type": "string",
                "minLength": 1,
                "maxLength": 128
              },
              "relationToHead": {
                "description": "Relationship to the head of household, GB/T 4761 two-digit code.",
                "x-czt-title": {
                  "zh": "与户主关系",
                  "en": "Relation to head"
                },
                "type": "string",
                "x-czt-codelist": "relationToHead",
                "enum": [
                  "01",
                  "02",
                  "10",
                  "11",
                  "12",
                  "20",
                  "21",
                  "22",
                  "23",
                  "24",
                  "25",
                  "26",
                  "27",
                  "28",
                  "29",
                  "30",
                  "31",
                  "32",
                  "33",
                  "34",
                  "35",
                  "36",
                  "37",
                  "38",
                  "39",
                  "40",
                  "41",
                  "42",
                  "43",
                  "44",
                  "45",
                  "46",
                  "47",
                  "48",
                  "49",
                  "50",
                  "51",
                  "52",
                  "53",
                  "54",
                  "55",
                  "56",
                  "57",
                  "58",
                  "59",
                  "60",
                  "61",
                  "62",
                  "63",
                  "64",
                  "65",
                  "66",
                  "67",
                  "68",
                  "69",
                  "70",
                  "71",
                  "72",
                  "73",
                  "74",
                  "75",
                  "76",
                  "77",
                  "78",
                  "79",
                  "80",
                  "81",
                  "82",
                  "83",
                  "84",
                  "85",
                  "86",
                  "87",
                  "88",
                  "89",
                  "90",
                  "91",
                  "92",
                  "93",
                  "94",
                  "95",
                  "96",
                  "97",
                  "99"
                ]
              }
            },
            "required": [
              "householdId",
              "relationToHead"
            ],
            "additionalProperties": false
          },
          "deathDate": {
            "description": "Date of death, when known.",
            "x-czt-title": {
              "zh": "死亡日期",
              "en": "Death date"
            },
            "x-czt-sensitivity": "personal",
            "$ref": "#/components/schemas/common.date"
          },
          "extensions": {
            "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
            "x-czt-title": {
              "zh": "扩展",
              "en": "Extensions"
            },
            "type": "object",
            "additionalProperties": true
          }
        },
        "required": [
          "recordType",
          "id",
          "meta",
          "name",
          "sex",
          "birthDate",
          "nationality"
        ],
        "additionalProperties": false
      },
      "report": {
        "title": "CZT-SS validation report",
        "description": "The JSON report of `czt validate --format json`: a summary over all records read and the findings, each located by file, line and JSON Pointer. Personal data in params and messages is masked unless the run used --reveal.",
        "type": "object",
        "required": [
          "summary",
          "findings"
        ],
        "additionalProperties": false,
        "properties": {
          "summary": {
            "type": "object",
            "required": [
              "records",
              "valid",
              "invalid",
              "errors",
              "warnings",
              "byRule"
            ],
            "additionalProperties": false,
            "properties": {
              "records": {
                "description": "Records read, including records lost to input problems (a malformed line).",
                "type": "integer",
                "minimum": 0
              },
              "valid": {
                "description": "Records without any error.",
                "type": "integer",
                "minimum": 0
              },
              "invalid": {
                "description": "Records with at least one error.",
                "type": "integer",
                "minimum": 0
              },
              "errors": {
                "type": "integer",
                "minimum": 0
              },
              "warnings": {
                "type": "integer",
                "minimum": 0
              },
              "infos": {
                "type": "integer",
                "minimum": 0
              },
              "byRule": {
                "description": "Number of findings per rule id.",
                "type": "object",
                "propertyNames": {
                  "pattern": "^[a-z0-9-]+(\\.[a-z0-9-]+)+$"
                },
                "additionalProperties": {
                  "type": "integer",
                  "minimum": 1
                }
              },
              "files": {
                "description": "Files read.",
                "type": "integer",
                "minimum": 0
              },
              "elapsedMs": {
                "type": "integer",
                "minimum": 0
              },
              "recordsPerSecond": {
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "findings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/report.finding"
            }
          }
        }
      },
      "report.finding": {
        "type": "object",
        "required": [
          "ruleId",
          "severity",
          "file",
          "line",
          "recordIndex",
          "pointer",
          "message",
          "params"
        ],
        "additionalProperties": false,
        "properties": {
          "ruleId": {
            "description": "Stable rule id, see docs/rules.md.",
            "type": "string"
          },
          "severity": {
            "enum": [
              "error",
              "warning",
              "info"
            ]
          },
          "file": {
            "description": "Path as given on the command line, `<stdin>` for standard input.",
            "type": "string"
          },
          "line": {
            "description": "1-based line of the record's first character (JSON Lines and CSV: its line); 0 when the file could not be read at all.",
            "type": "integer",
            "minimum": 0
          },
          "column": {
            "description": "1-based column, for records inside a JSON document and JSON syntax errors.",
            "type": "integer",
            "minimum": 1
          },
          "recordIndex": {
            "description": "0-based index of the record in its file; -1 for problems not tied to a record (an unreadable file, the header).",
            "type": "integer",
            "minimum": -1
          },
          "recordId": {
            "description": "The record's id, when it has one.",
            "type": "string"
          },
          "pointer": {
            "description": "JSON Pointer (RFC 6901) into the record; empty for the whole record.",
            "type": "string"
          },
          "message": {
            "description": "The message in the report language, rendered from the rule's template and params.",
            "type": "string"
          },
          "params": {
            "description": "The values the message is rendered from; `name.zh`/`name.en` hold language-specific values.",
            "type": "object",
            "additionalProperties": {
              "type": [
                "string",
                "number",
                "boolean",
                "null"
              ]
            }
          }
        }
      },
      "transfer": {
        "title": "Transfer",
        "description": "A transfer (转移接续) of a person's insurance relationship between cities or between the employee and resident pension schemes.",
        "x-czt-title": {
          "zh": "转移接续",
          "en": "Transfer"
        },
        "type": "object",
        "if": {
          "properties": {
            "kind": {
              "enum": [
                "pension.link.residentToEmployee",
                "pension.link.employeeToResident"
              ]
            }
          },
          "required": [
            "kind"
          ]
        },
        "then": {
          "properties": {
            "linking": true
          },
          "required": [
            "linking"
          ]
        },
        "properties": {
          "recordType": {
            "description": "Record type, always \"transfer\".",
            "x-czt-title": {
              "zh": "记录类型",
              "en": "Record type"
            },
            "const": "transfer"
          },
          "id": {
            "description": "Record id, unique across the agglomeration; recommended form <city>-<type letter>-<local id>.",
            "x-czt-title": {
              "zh": "记录标识",
              "en": "Record id"
            },
            "$ref": "#/components/schemas/common.recordId"
          },
          "meta": {
            "description": "When and by whom the record was last updated.",
            "x-czt-title": {
              "zh": "记录元数据",
              "en": "Record metadata"
            },
            "$ref": "#/components/schemas/common.meta"
          },
          "personId": {
            "description": "Id of the person whose insurance moves.",
            "x-czt-title": {
              "zh": "人员",
              "en": "Person"
            },
            "$ref": "#/components/schemas/common.recordRef"
          },
          "kind": {
            "description": "Kind of transfer.",
            "x-czt-title": {
              "zh": "转移类型",
              "en": "Transfer kind"
            },
            "type": "string",
            "x-czt-codelist": "transferKind",
            "enum": [
              "pension.employee.intercity",
              "medical.intercity",
              "unemployment.intercity",
              "pension.link.residentToEmployee",
              "pension.link.employeeToResident"
            ]
          },
          "from": {
            "description": "Where the insurance relationship comes from.",
            "x-czt-title": {
              "zh": "转出方",
              "en": "From"
            },
            "type": "object",
            "properties": {
              "city": {
                "description": "City of the agency.",
                "x-czt-title": {
                  "zh": "城市",
                  "en": "City"
                },
                "$ref": "#/components/schemas/common.cityCode"
              },
              "agency": {
                "description": "The agency.",
                "x-czt-title": {
                  "zh": "经办机构",
                  "en": "Agency"
                },
                "$ref": "#/components/schemas/common.agency"
              },
              "enrolmentId": {
                "description": "Id of the enrolment being transferred out.",
                "x-czt-title": {
                  "zh": "参保登记",
                  "en": "Enrolment"
                },
                "$ref": "#/components/schemas/common.recordRef"
              }
            },
            "required": [
              "city",
              "agency",
              "enrolmentId"
            ],
            "additionalProperties": false
          },
          "to": {
            "description": "Where the insurance relationship goes.",
            "x-czt-title": {
              "zh": "转入方",
              "en": "To"
            },
            "type": "object",
            "properties": {
              "city": {
                "description": "City of the agency.",
                "x-czt-title": {
                  "zh": "城市",
                  "en": "City"
                },
                "$ref": "#/components/schemas/common.cityCode"
              },
              "agency": {
                "description": "The agency.",
                "x-czt-title": {
                  "zh": "经办机构",
                  "en": "Agency"
                },
                "$ref": "#/components/schemas/common.agency"
              },
              "enrolmentId": {
                "description": "Id of the new enrolment; required once the transfer is completed (validator rule).",
                "x-czt-title": {
                  "zh": "参保登记",
                  "en": "Enrolment"
                },
                "$ref": "#/components/schemas/common.recordRef"
              }
            },
            "required": [
              "city",
              "agency"
            ],
            "additionalProperties": false
          },
          "status": {
            "description": "Current status; equals the status of the last step.",
            "x-czt-title": {
              "zh": "转移状态",
              "en": "Status"
            },
            "$ref": "#/components/schemas/common.transferStatus"
          },
          "steps": {
            "description": "Steps of the transfer in time order.",
            "x-czt-title": {
              "zh": "办理步骤",
              "en": "Steps"
            },
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "object",
              "properties": {
                "status": {
                  "description": "Status reached by this step.",
                  "x-czt-title": {
                    "zh": "步骤状态",
                    "en": "Step status"
                  },
                  "$ref": "#/components/schemas/common.transferStatus"
                },
                "at": {
                  "description": "When the step happened.",
                  "x-czt-title": {
                    "zh": "时间",
                    "en": "Time"
                  },
                  "$ref": "#/components/schemas/common.dateTime"
                },
                "reasonCode": {
                  "description": "Reason for the step, mostly for rejections and cancellations.",
                  "x-czt-title": {
                    "zh": "原因",
                    "en": "Reason"
                  },
                  "type": "string",
                  "x-czt-codelist": "transferReason",
                  "enum": [
                    "applicantRequest",
                    "missingDocuments",
                    "drawingPension",
                    "duplicateEnrolment",
                    "recordMismatch",
                    "applicantWithdrew",
                    "other"
                  ]
                },
                "note": {
                  "description": "Free-text note.",
                  "x-czt-title": {
                    "zh": "备注",
                    "en": "Note"
                  },
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 500
                }
              },
              "required": [
                "status",
                "at"
              ],
              "additionalProperties": false
            }
          },
          "contributionMonths": {
            "description": "Number of contribution months moved; equals the sum of months of contributions.",
            "x-czt-title": {
              "zh": "转移月数",
              "en": "Contribution months"
            },
            "type": "integer",
            "minimum": 0
          },
          "individualAccountBalance": {
            "description": "Individual account balance moved in full, in fen.",
            "x-czt-title": {
              "zh": "个人账户余额",
              "en": "Individual account balance"
            },
            "x-czt-sensitivity": "special",
            "$ref": "#/components/schemas/common.amountFen"
          },
          "pooledFundAmount": {
            "description": "Pooled fund moved: 12% of each year's contribution base since 1998, in fen.",
            "x-czt-title": {
              "zh": "统筹基金转移额",
              "en": "Pooled fund amount"
            },
            "$ref": "#/components/schemas/common.amountFen"
          },
          "contributions": {
            "description": "The contribution years the amounts were computed from.",
            "x-czt-title": {
              "zh": "缴费记录",
              "en": "Contributions"
            },
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/common.contributionYear"
            }
          },
          "linking": {
            "description": "Months in each pension scheme, for linking transfers between the employee and resident schemes.",
            "x-czt-title": {
              "zh": "城乡衔接",
              "en": "Linking"
            },
            "type": "object",
            "properties": {
              "employeeSchemeMonths": {
                "description": "Months contributed to the employee pension scheme.",
                "x-czt-title": {
                  "zh": "职工养老保险月数",
                  "en": "Employee scheme months"
                },
                "type": "integer",
                "minimum": 0
              },
              "residentSchemeMonths": {
                "description": "Months contributed to the resident pension scheme.",
                "x-czt-title": {
                  "zh": "居民养老保险月数",
                  "en": "Resident scheme months"
                },
                "type": "integer",
                "minimum": 0
              }
            },
            "required": [
              "employeeSchemeMonths",
              "residentSchemeMonths"
            ],
            "additionalProperties": false
          },
          "extensions": {
            "description": "Publisher-specific data outside the standard, in any shape; ignored by the standard's rules.",
            "x-czt-title": {
              "zh": "扩展",
              "en": "Extensions"
            },
            "type": "object",
            "additionalProperties": true
          }
        },
        "required": [
          "recordType",
          "id",
          "meta",
          "personId",
          "kind",
          "from",
          "to",
          "status",
          "steps",
          "contributionMonths",
          "individualAccountBalance",
          "pooledFundAmount",
          "contributions"
        ],
        "additionalProperties": false
      }
    },
    "examples": {
      "TokenInfo": {
        "value": {
          "agency": {
            "creditCode": "12430000444876548X",
            "division": "430100",
            "department": "hrss",
            "name": "长沙市人力资源和社会保障局"
          },
          "city": "430100",
          "scopes": [
            "read",
            "read:personal",
            "write",
            "validate"
          ]
        }
      },
      "Person": {
        "value": {
          "recordType": "person",
          "id": "430100-P-000123",
          "meta": {
            "lastUpdated": "2026-01-15T09:30:00+08:00"
          },
          "idNumber": "430102199003071234",
          "name": "张伟",
          "sex": "1",
          "birthDate": "1990-03-07",
          "nationality": "CHN",
          "hukou": {
            "division": "430102",
            "residenceType": "urban"
          }
        }
      },
      "Enrolment": {
        "value": {
          "recordType": "enrolment",
          "id": "430100-E-000456",
          "meta": {
            "lastUpdated": "2026-01-15T09:30:00+08:00"
          },
          "personId": "430100-P-000123",
          "scheme": "medical.resident",
          "city": "430100",
          "agency": {
            "creditCode": "12430000444876548X",
            "division": "430100",
            "department": "hrss"
          },
          "contributionStatus": "1",
          "employmentStatus": "0",
          "period": {
            "start": "2024-01-01"
          }
        }
      },
      "Transfer": {
        "value": {
          "recordType": "transfer",
          "id": "430200-T-000789",
          "meta": {
            "lastUpdated": "2026-01-15T09:30:00+08:00"
          },
          "personId": "430100-P-000123",
          "kind": "pension.employee.intercity",
          "from": {
            "city": "430100",
            "agency": {
              "creditCode": "12430000444876548X",
              "division": "430100",
              "department": "hrss"
            },
            "enrolmentId": "430100-E-000456"
          },
          "to": {
            "city": "430200",
            "agency": {
              "creditCode": "12430000444876548X",
              "division": "430200",
              "department": "hrss"
            }
          },
          "status": "requested",
          "steps": [
            {
              "status": "requested",
              "at": "2026-01-15T09:30:00+08:00"
            }
          ],
          "contributionMonths": 12,
          "individualAccountBalance": 480000,
          "pooledFundAmount": 720000,
          "contributions": [
            {
              "year": 2025,
              "months": 12,
              "monthlyBase": 500000,
              "individualAmount": 480000,
              "employerAmount": 960000
            }
          ]
        }
      },
      "AssistanceCase": {
        "value": {
          "recordType": "assistance",
          "id": "430300-A-000321",
          "meta": {
            "lastUpdated": "2026-01-15T09:30:00+08:00"
          },
          "programme": "dibao.urban",
          "personId": "430100-P-000123",
          "household": {
            "householdId": "H-430302-0001",
            "headPersonId": "430100-P-000123",
            "size": 3
          },
          "coveredMembers": 3,
          "city": "430300",
          "agency": {
            "creditCode": "12430000444876548X",
            "division": "430300",
            "department": "civilAffairs"
          },
          "caseStatus": "active",
          "dates": {
            "applied": "2025-06-01",
            "approved": "2025-07-01"
          },
          "monthlyStandard": 75000,
          "perCapitaIncome": 30000,
          "benefitAmount": 135000,
          "lastReviewDate": "2025-12-01",
          "nextReviewDate": "2026-06-01"
        }
      },
      "DuplicateCheckRequest": {
        "value": {
          "idNumber": "430102199003071234",
          "family": "medical",
          "activeOn": "2026-01-01"
        }
      },
      "DuplicateCheckResult": {
        "value": {
          "enrolled": true,
          "family": "medical",
          "personIds": [
            "430100-P-000123"
          ],
          "matches": [
            {
              "enrolmentId": "430200-E-000017",
              "personId": "430100-P-000123",
              "scheme": "medical.resident",
              "city": "430200",
              "agency": {
                "creditCode": "12430000444876548X",
                "division": "430200",
                "department": "healthcareSecurity"
              },
              "period": {
                "start": "2025-01-01"
              },
              "contributionStatus": "1"
            }
          ]
        }
      },
      "Transition": {
        "value": {
          "at": "2026-01-20T10:00:00+08:00",
          "note": "联系函已发出"
        }
      },
      "Review": {
        "value": {
          "reviewDate": "2026-06-01",
          "outcome": "continued",
          "nextReviewDate": "2026-12-01"
        }
      },
      "ValidationProblem": {
        "value": {
          "type": "https://czt-ss.org/problems/invalid-record",
          "title": "The record breaks the CZT-SS standard",
          "status": 422,
          "detail": "1 error",
          "errors": [
            {
              "ruleId": "id-number.check-character",
              "pointer": "/idNumber",
              "severity": "error",
              "detail": "the check character should be 4"
            }
          ]
        }
      },
      "InvalidTransitionProblem": {
        "value": {
          "type": "https://czt-ss.org/problems/invalid-transition",
          "title": "Invalid transition",
          "status": 409,
          "detail": "cannot cancel a transfer in status completed"
        }
      }
    }
  }
};
