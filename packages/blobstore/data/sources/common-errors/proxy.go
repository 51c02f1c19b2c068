// Vendored from cubefs/cubefs:blobstore/common/errors/proxy.go@80a062bf2c18c1ada445b6010072d1b0a728cbfd (unchanged below this line)
// Copyright 2022 The CubeFS Authors.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or
// implied. See the License for the specific language governing
// permissions and limitations under the License.

package errors

const (
	CodeNoCodemodeVolume  = 801
	CodeAllocBidFromCm    = 802
	CodeClusterIDNotMatch = 803
)

var (
	ErrNoCodemodeVolume  = Error(CodeNoCodemodeVolume)
	ErrAllocBidFromCm    = Error(CodeAllocBidFromCm)
	ErrClusterIDNotMatch = Error(CodeClusterIDNotMatch)
)
